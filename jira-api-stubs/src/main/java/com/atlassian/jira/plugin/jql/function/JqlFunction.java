package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.plugin.jql.function.JqlFunction} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a JQL function an app adds (module {@code jql-function}).
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html">Jira 10.5.0 javadoc of JqlFunction</a>
 */
public interface JqlFunction {

    /** Called once with the module descriptor. */
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    /** Checks the arguments as {@code searcher}; errors are shown under the query. */
    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    /** The values the function stands for. */
    List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    /** The least number of arguments (for autocomplete). */
    int getMinimumNumberOfExpectedArguments();

    /** The name used in JQL. */
    String getFunctionName();

    /** Whether the function stands for a list of values (usable with {@code in}). */
    boolean isList();

    /** The data type of its values. */
    JiraDataType getDataType();
}
