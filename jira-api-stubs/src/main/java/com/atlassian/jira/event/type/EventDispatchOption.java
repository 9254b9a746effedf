package com.atlassian.jira.event.type;

/**
 * Stand-in for {@code com.atlassian.jira.event.type.EventDispatchOption} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): whether storing an issue publishes an issue event. An interface in Jira, whose constants are
 * Jira's own objects at run time; here they are {@code null} and exist only to compile. Only the members the
 * plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/event/type/EventDispatchOption.html">Jira 10.5.0 javadoc of EventDispatchOption</a>
 */
public interface EventDispatchOption {

    /** Store without publishing an event. */
    EventDispatchOption DO_NOT_DISPATCH = null;
}
