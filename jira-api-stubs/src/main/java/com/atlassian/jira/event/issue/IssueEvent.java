package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for {@code com.atlassian.jira.event.issue.IssueEvent} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): published after an issue is created, updated, transitioned or deleted. Only the members the
 * plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/event/issue/IssueEvent.html">Jira 10.5.0 javadoc of IssueEvent</a>
 */
public class IssueEvent {

    /** The issue the event is about. */
    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The id of the event's type, such as {@code EventType.ISSUE_CREATED_ID}. */
    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
