package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.security.PermissionManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3):
 * project permissions, including issue security levels, of a user on a project or issue.
 * Only the members the plugin uses are declared.
 *
 * <p>Checked against the method summary of the javadoc published as "latest" (a Jira 7 page; the 10.5.0 page
 * at the URL below could not be read from here) and against public plugin code calling
 * {@code hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)}.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/security/PermissionManager.html">Jira 10.5.0 javadoc of PermissionManager</a>
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html">the javadoc published as latest</a>
 */
public interface PermissionManager {

    /**
     * Whether {@code user} has {@code permissionKey} on {@code issue}, taking the project's permission scheme
     * and the issue's security level into account.
     *
     * @param user the user, or {@code null} for an anonymous user
     */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
