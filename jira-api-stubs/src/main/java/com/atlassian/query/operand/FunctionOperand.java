package com.atlassian.query.operand;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.query.operand.FunctionOperand} from {@code com.atlassian.query:atlassian-query} (Jira 11.3): a JQL function call with its name and string arguments.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/query/operand/FunctionOperand.html">Jira 10.5.0 javadoc of FunctionOperand</a>
 */
public class FunctionOperand implements Operand {

    // Jira's public constructors (Jira 11.3.1 tests call it with a name and with a name and arguments) are not
    // declared: the plugin constructs none, and their exact parameter lists were not seen; private so that
    // no constructor Jira lacks is offered (tests mock the class).
    private FunctionOperand() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The arguments, as strings, in order. */
    public List<String> getArgs() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
