package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in for {@code com.atlassian.jira.permission.ProjectPermissions} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): the keys of Jira's system project permissions, as {@code public static final} constants.
 * Only the constant the plugin uses is declared; its value is the permission's documented key.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/permission/ProjectPermissions.html">Jira 10.5.0 javadoc of ProjectPermissions</a>
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html">the javadoc published as latest, where it was checked</a>
 */
public class ProjectPermissions {

    /** Permission to browse projects and the issues in them. */
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    public ProjectPermissions() {}
}
