package com.atlassian.query.operand;

/**
 * Stand-in for {@code com.atlassian.query.operand.Operand} from {@code com.atlassian.query:atlassian-query} (Jira 11.3): the right-hand side of a JQL clause (a value, a list or a function call).
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/query/operand/Operand.html">Jira 10.5.0 javadoc of Operand</a>
 */
public interface Operand {}
