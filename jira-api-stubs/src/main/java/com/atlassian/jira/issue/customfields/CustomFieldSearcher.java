package com.atlassian.jira.issue.customfields;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.CustomFieldSearcher} from {@code com.atlassian.jira:jira-api} (Jira 11.3): how a custom field is searched (its JQL operators and index).
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html">Jira 10.5.0 javadoc of CustomFieldSearcher</a>
 */
public interface CustomFieldSearcher {}
