package com.atlassian.jira.issue.customfields.persistence;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister} from {@code com.atlassian.jira:jira-api} (Jira 11.3): stores custom field values; passed on to {@code GenericTextCFType}.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html">Jira 10.5.0 javadoc of CustomFieldValuePersister</a>
 */
public interface CustomFieldValuePersister {}
