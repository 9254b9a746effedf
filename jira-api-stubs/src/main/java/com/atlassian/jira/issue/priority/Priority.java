package com.atlassian.jira.issue.priority;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for {@code com.atlassian.jira.issue.priority.Priority} from {@code com.atlassian.jira:jira-api} (Jira 11.3): an issue priority.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/priority/Priority.html">Jira 10.5.0 javadoc of Priority</a>
 */
public interface Priority extends IssueConstant {}
