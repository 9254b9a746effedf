package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in for {@code com.atlassian.jira.issue.status.Status} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a workflow status.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/status/Status.html">Jira 10.5.0 javadoc of Status</a>
 */
public interface Status extends IssueConstant {

    /** The status's category. */
    StatusCategory getStatusCategory();
}
