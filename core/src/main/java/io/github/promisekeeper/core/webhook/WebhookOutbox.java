package io.github.promisekeeper.core.webhook;

import java.util.List;

/**
 * Where outcome events are put for delivery (port). {@link #enqueue} stores one delivery per event and active
 * endpoint subscribed to its kind, in the caller's transaction when there is one: call it inside the transaction
 * that stores the change causing the events, so that the events exist exactly when the change does. Delivery
 * happens later, by the delivery job, never inside the caller's transaction.
 */
public interface WebhookOutbox {

    /** Stores {@code events} for delivery, in order; an event no endpoint wants is dropped. */
    void enqueue(List<OutcomeEvent> events);
}
