package com.atlassian.jira.jql.query;

/**
 * Stand-in for {@code com.atlassian.jira.jql.query.QueryCreationContext} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the context (user, security override) a JQL function's values are computed in; the plugin reads nothing from it.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/jql/query/QueryCreationContext.html">Jira 10.5.0 javadoc of QueryCreationContext</a>
 */
public interface QueryCreationContext {
}
