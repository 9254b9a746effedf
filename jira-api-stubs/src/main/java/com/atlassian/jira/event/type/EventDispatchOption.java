package com.atlassian.jira.event.type;

/**
 * Stand-in for {@code com.atlassian.jira.event.type.EventDispatchOption} from {@code com.atlassian.jira:jira-api} (Jira 11.3): whether storing an issue publishes an issue event. The constants are Jira's own objects at run time; here they exist only to compile.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/event/type/EventDispatchOption.html">Jira 10.5.0 javadoc of EventDispatchOption</a>
 */
public final class EventDispatchOption {

    /** Store without publishing an event. */
    public static final EventDispatchOption DO_NOT_DISPATCH = null;

    private EventDispatchOption() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
