package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.jql.query.QueryCreationContext} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the context (user, security override) a JQL function's values are computed in: its user is the one
 * performing the search, whose permissions a function must apply. Only the members the plugin uses are declared;
 * {@code getApplicationUser()} checked on the Jira 7 "server" javadoc.
 *
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/jql/query/QueryCreationContext.html">Jira 10.5.0 javadoc of QueryCreationContext</a>
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContext.html">the javadoc published as "server" (Jira 7), where it was checked</a>
 */
public interface QueryCreationContext {

    /** The user performing the search, or {@code null} for an anonymous one. */
    ApplicationUser getApplicationUser();
}
