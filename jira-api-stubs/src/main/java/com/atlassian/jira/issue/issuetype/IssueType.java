package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for {@code com.atlassian.jira.issue.issuetype.IssueType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): an issue type.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/issuetype/IssueType.html">Jira 10.5.0 javadoc of IssueType</a>
 */
public interface IssueType extends IssueConstant {}
