package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;

/**
 * Stand-in for {@code com.atlassian.jira.issue.Issue} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a Jira issue (read-only view).
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/Issue.html">Jira 10.5.0 javadoc of Issue</a>
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Priority getPriority();

    Status getStatus();

    IssueType getIssueType();

    ApplicationUser getReporter();

    /** The assignee, or {@code null} when the issue is unassigned. */
    ApplicationUser getAssignee();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Timestamp getDueDate();

    /** The value of {@code customField} on this issue, or {@code null}. */
    Object getCustomFieldValue(CustomField customField);
}
