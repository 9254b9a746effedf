package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.index.IssueIndexingService} from {@code com.atlassian.jira:jira-api} (Jira 11.3): keeps the search index in step with stored issues.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/issuefilter/impl/JqlIssueFilter.java">JqlIssueFilter in the Jira Slack integration (Jira 11.0.0)</a>
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/index/IssueIndexingService.html">Jira 10.5.0 javadoc of IssueIndexingService</a>
 */
public interface IssueIndexingService {

    /**
     * Re-indexes the parts of one issue that {@code issueIndexingParams} names, so that searches see its stored
     * values. The Jira 11.0 Slack integration calls it with {@link IssueIndexingParams#INDEX_ISSUE_ONLY} and
     * catches {@link IndexException} alone around it, which shows the checked exception.
     *
     * @throws IndexException when indexing fails
     */
    void reIndex(Issue issue, IssueIndexingParams issueIndexingParams) throws IndexException;
}
