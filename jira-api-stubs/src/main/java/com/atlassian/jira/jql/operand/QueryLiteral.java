package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Stand-in for {@code com.atlassian.jira.jql.operand.QueryLiteral} from {@code com.atlassian.jira:jira-api} (Jira 11.3): one value a JQL function produces: a string or a number, with the operand that produced it.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/jql/operand/QueryLiteral.html">Jira 10.5.0 javadoc of QueryLiteral</a>
 */
public class QueryLiteral {

    /** A text value produced by {@code sourceOperand}. */
    public QueryLiteral(Operand sourceOperand, String stringValue) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
