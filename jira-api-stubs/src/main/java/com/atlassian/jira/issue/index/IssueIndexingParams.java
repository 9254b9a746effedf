package com.atlassian.jira.issue.index;

/**
 * Stand-in for {@code com.atlassian.jira.issue.index.IssueIndexingParams} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): which parts of an issue (the issue itself, comments, change history, work logs) a re-index
 * covers. The constant is Jira's own object at run time; here it is {@code null} and exists only to compile.
 * Only the members the plugin uses are declared; the constructor is private here because Jira's are not
 * confirmed and the plugin calls none.
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/issuefilter/impl/JqlIssueFilter.java">JqlIssueFilter in the Jira Slack integration (Jira 11.0.0)</a>
 */
public class IssueIndexingParams {

    /** Re-index the issue's own document only, not its comments, change history or work logs. */
    public static final IssueIndexingParams INDEX_ISSUE_ONLY = null;

    private IssueIndexingParams() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
