package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.jira.event.issue.IssueEvent} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): published after an issue is created, updated, transitioned or deleted. Only the members the
 * plugin uses are declared, and one of Jira's constructors (the plugin constructs none; tests mock the class),
 * so that no constructor Jira lacks is offered: the four-argument one that the Jira 11.0 Slack integration's
 * tests call ({@code DefaultJiraSlackEventListenerTest}). Jira's supertypes are left out.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/event/issue/IssueEvent.html">Jira 10.5.0 javadoc of IssueEvent</a>
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/test/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListenerTest.java">the Jira 11.0 Slack integration's test constructing it</a>
 * @see <a href="https://github.com/testit-tms/jira-plugin/blob/918f68b2f60cbe384232b94223484cbd4f497669/src/main/java/testIT/jira/IssueCreatedResolvedListener.java">getIssue() and getEventTypeId() called by testit-tms/jira-plugin (Jira 11.3.6)</a>
 */
public class IssueEvent {

    /** An event of type {@code eventTypeId} about {@code issue}, caused by {@code user}, with extra {@code params}. */
    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The issue the event is about. */
    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The id of the event's type, such as {@code EventType.ISSUE_CREATED_ID}. */
    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
