package com.atlassian.jira.plugin.jql.function;

/**
 * Stand-in for {@code com.atlassian.jira.plugin.jql.function.AbstractJqlFunction} from
 * {@code com.atlassian.jira:jira-api} (Jira 11.3): the base class of a JQL function, which takes its name
 * ({@code <fname>}) and whether it returns a list ({@code <list>}) from its {@code jql-function} module
 * descriptor, handed to it in {@link #init}. Only the members the plugin relies on are declared: the
 * no-argument constructor, which Jira 11.3.1 code calls implicitly, and the three {@link JqlFunction} methods
 * this class implements, which that code does not override. Here their bodies throw: a test that needs a
 * function's name must read it from the descriptor, as Jira does.
 *
 * @see <a href="https://github.com/codescape/jira-scrum-poker/blob/bb652fd67206960f8a1040ab17aa0bcc40160596/src/main/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunction.java">ActiveScrumPokerSessionsJqlFunction in jira-scrum-poker (Jira 11.3.1)</a>
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html">the javadoc published as "server" (Jira 7): constructor, init, getFunctionName, isList, and the advice not to override them</a>
 */
public abstract class AbstractJqlFunction implements JqlFunction {

    /** For subclasses; Jira builds the function from the module's {@code class}. */
    public AbstractJqlFunction() {
        // Nothing to do: a constructor that throws would stop every subclass from being built in tests.
    }

    /** Keeps the module descriptor, which supplies the name and the list flag. */
    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The descriptor's {@code <fname>}. */
    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The descriptor's {@code <list>}. */
    @Override
    public boolean isList() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
