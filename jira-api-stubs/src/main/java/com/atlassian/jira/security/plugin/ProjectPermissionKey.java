package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Stand-in for {@code com.atlassian.jira.security.plugin.ProjectPermissionKey} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): the final value class naming a project permission.
 *
 * <p>Like {@code UserKey}, this stand-in really works: a value wrapper around a non-null string, with equality,
 * hash code and {@code toString} over that string as Atlassian's class has them, because
 * {@link com.atlassian.jira.permission.ProjectPermissions} builds its constants from it when the class loads.
 * Only the string constructor, {@link #permissionKey()} and the {@code Object} methods are declared (the real
 * class also has a deprecated {@code int} constructor).
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html">Jira 10.5.0 javadoc of ProjectPermissionKey</a>
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    /**
     * @param permissionKey the permission's key, such as {@code BROWSE_PROJECTS}; must not be {@code null}
     */
    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    /** The permission's key. */
    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return permissionKey.equals(((ProjectPermissionKey) other).permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
