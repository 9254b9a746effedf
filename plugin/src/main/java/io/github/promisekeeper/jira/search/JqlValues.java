package io.github.promisekeeper.jira.search;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.Operand;

/** Makes the Jira value objects JQL functions return: message sets and query literals. */
public class JqlValues {

    public MessageSet messages() {
        return new MessageSetImpl();
    }

    public QueryLiteral literal(Operand source, String value) {
        return new QueryLiteral(source, value);
    }
}
