package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Stand-in for {@code com.atlassian.jira.issue.MutableIssue} from {@code com.atlassian.jira:jira-api} (Jira 11.3): an issue whose fields can be set before it is stored.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/MutableIssue.html">Jira 10.5.0 javadoc of MutableIssue</a>
 */
public interface MutableIssue extends Issue {

    /** Sets the value of {@code customField}; stored by {@code IssueManager.updateIssue}. */
    void setCustomFieldValue(CustomField customField, Object value);
}
