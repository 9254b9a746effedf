package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.security.JiraAuthenticationContext} from {@code com.atlassian.jira:jira-api} (Jira 11.3): who the current request runs as.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/security/JiraAuthenticationContext.html">Jira 10.5.0 javadoc of JiraAuthenticationContext</a>
 */
public interface JiraAuthenticationContext {

    /** The logged-in user, or {@code null} when anonymous. */
    ApplicationUser getLoggedInUser();
}
