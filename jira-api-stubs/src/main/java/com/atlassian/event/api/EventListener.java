package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code com.atlassian.event.api.EventListener} from {@code com.atlassian.event:atlassian-event}
 * (Jira 11.3 / Data Center platform 8): marks a public method taking one event parameter as a listener
 * for that event type.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-event/2.3.5/apidocs/com/atlassian/event/api/EventListener.html">atlassian-event 2.3.5 javadoc (older than Jira 11's)</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {}
