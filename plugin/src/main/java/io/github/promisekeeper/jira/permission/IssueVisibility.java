package io.github.promisekeeper.jira.permission;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Objects;

/**
 * Whether the viewing user may open an issue in Jira (the project's Browse Projects permission and the issue's
 * security level): for issues the plugin reaches without a search, such as the far end of an issue link, which
 * Jira hands out whoever asks.
 */
public class IssueVisibility {

    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authentication;

    public IssueVisibility(PermissionManager permissionManager, JiraAuthenticationContext authentication) {
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.authentication = Objects.requireNonNull(authentication, "authentication");
    }

    /** True when the viewer (anonymous when nobody is logged in) may browse {@code issue}. */
    public boolean viewerMayOpen(Issue issue) {
        return mayOpen(issue, authentication.getLoggedInUser());
    }

    /** True when {@code user} (anonymous when {@code null}) may browse {@code issue}. */
    public boolean mayOpen(Issue issue, ApplicationUser user) {
        return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }
}
