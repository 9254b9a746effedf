package com.atlassian.query;

/**
 * Stand-in for {@code com.atlassian.query.Query} from {@code com.atlassian.query:atlassian-query} (Jira 11.3): a parsed JQL query (its where and order-by clauses; none is read by the plugin).
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/query/Query.html">Jira 10.5.0 javadoc of Query</a>
 */
public interface Query {}
