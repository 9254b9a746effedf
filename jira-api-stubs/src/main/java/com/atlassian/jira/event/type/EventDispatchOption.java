package com.atlassian.jira.event.type;

/**
 * Stand-in for {@code com.atlassian.jira.event.type.EventDispatchOption} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): whether storing an issue publishes an issue event. An interface in Jira, whose constants are
 * Jira's own objects at run time; here they are {@code null} and exist only to compile. Only the members the
 * plugin uses are declared. Jira's own source of this type (since 4.1; the copy read is of unknown, older
 * version) declares it a public interface with {@code DO_NOT_DISPATCH} among its constants; no Jira 10/11 code
 * naming it was found.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/event/type/EventDispatchOption.html">Jira 10.5.0 javadoc of EventDispatchOption</a>
 */
public interface EventDispatchOption {

    /** Store without publishing an event. */
    EventDispatchOption DO_NOT_DISPATCH = null;
}
