package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.index.IssueIndexingService} from {@code com.atlassian.jira:jira-api} (Jira 11.3): keeps the search index in step with stored issues.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/index/IssueIndexingService.html">Jira 10.5.0 javadoc of IssueIndexingService</a>
 */
public interface IssueIndexingService {

    /**
     * Re-indexes one issue so that searches see its stored values.
     *
     * @throws IndexException when indexing fails
     */
    void reIndex(Issue issue) throws IndexException;
}
