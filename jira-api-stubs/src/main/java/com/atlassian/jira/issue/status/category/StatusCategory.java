package com.atlassian.jira.issue.status.category;

/**
 * Stand-in for {@code com.atlassian.jira.issue.status.category.StatusCategory} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a status category: {@code new}, {@code indeterminate} or {@code done}.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/status/category/StatusCategory.html">Jira 10.5.0 javadoc of StatusCategory</a>
 */
public interface StatusCategory {

    /** The category's key: {@code new}, {@code indeterminate} or {@code done}. */
    String getKey();
}
