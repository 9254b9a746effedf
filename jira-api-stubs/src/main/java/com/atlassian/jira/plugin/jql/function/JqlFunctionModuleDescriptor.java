package com.atlassian.jira.plugin.jql.function;

/**
 * Stand-in for {@code com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the descriptor of a {@code jql-function} module; the plugin reads nothing from it.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html">Jira 10.5.0 javadoc of JqlFunctionModuleDescriptor</a>
 */
public interface JqlFunctionModuleDescriptor {}
