package io.github.promisekeeper.core.webhook;

import java.util.List;

/** The stored deliveries as the delivery job works through them (port; Active Objects in Jira). */
public interface WebhookDeliveries {

    /** Pending deliveries in the order they were enqueued (oldest first), due or not, at most {@code limit}. */
    List<PendingDelivery> pending(int limit);

    /** Stores the outcome of attempts, in one transaction. */
    void record(List<AttemptRecord> attempts);
}
