package com.atlassian.event.api;

/**
 * Stand-in for {@code com.atlassian.event.api.EventPublisher} from {@code com.atlassian.event:atlassian-event}
 * (Jira 11.3 / Data Center platform 8): delivers events to listeners, objects with methods annotated
 * {@link EventListener}. Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-event/2.3.5/apidocs/com/atlassian/event/api/EventPublisher.html">atlassian-event 2.3.5 javadoc (older than Jira 11's)</a>
 */
public interface EventPublisher {

    /** Starts delivering events to the {@link EventListener} methods of {@code listener}. */
    void register(Object listener);

    /** Stops delivering events to {@code listener}. */
    void unregister(Object listener);
}
