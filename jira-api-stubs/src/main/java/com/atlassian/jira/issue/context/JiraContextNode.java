package com.atlassian.jira.issue.context;

/**
 * Stand-in for {@code com.atlassian.jira.issue.context.JiraContextNode} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a custom field context (global, a project category or a project).
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/context/JiraContextNode.html">Jira 10.5.0 javadoc of JiraContextNode</a>
 */
public interface JiraContextNode {}
