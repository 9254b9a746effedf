package com.atlassian.query.clause;

/**
 * Stand-in for {@code com.atlassian.query.clause.TerminalClause} from {@code com.atlassian.query:atlassian-query} (Jira 11.3): a JQL clause of a field, an operator and an operand.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/query/clause/TerminalClause.html">Jira 10.5.0 javadoc of TerminalClause</a>
 */
public interface TerminalClause {}
