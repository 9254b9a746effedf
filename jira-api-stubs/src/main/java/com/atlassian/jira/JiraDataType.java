package com.atlassian.jira;

/**
 * Stand-in for {@code com.atlassian.jira.JiraDataType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the data type a JQL function's values have, matched against the field it is used with.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/JiraDataType.html">Jira 10.5.0 javadoc of JiraDataType</a>
 */
public interface JiraDataType {}
