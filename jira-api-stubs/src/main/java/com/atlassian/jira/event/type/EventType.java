package com.atlassian.jira.event.type;

/**
 * Stand-in for {@code com.atlassian.jira.event.type.EventType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a kind of issue event. The id constants are Jira's own values at run time; here they exist only to compile.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/event/type/EventType.html">Jira 10.5.0 javadoc of EventType</a>
 */
public class EventType {

    /** The id of the event published when an issue is created. */
    public static final Long ISSUE_CREATED_ID = null;

    private EventType() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
