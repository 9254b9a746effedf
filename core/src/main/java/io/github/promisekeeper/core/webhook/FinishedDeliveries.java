package io.github.promisekeeper.core.webhook;

import java.time.Instant;

/** The stored deliveries that are finished, for {@link DeliveryRetention} to delete (port; Active Objects in Jira). */
public interface FinishedDeliveries {

    /**
     * Deletes at most {@code limit} deliveries, oldest first, that are {@link DeliveryStatus#DELIVERED delivered}
     * or {@link DeliveryStatus#FAILED finally failed} and whose last attempt was before {@code cutoff}, in one
     * transaction (it may delete fewer than {@code limit} at once while more are left); never a {@link DeliveryStatus#PENDING pending} one, not even one redelivered meanwhile. Answers
     * how many it deleted.
     */
    int deleteFinishedBefore(Instant cutoff, int limit);
}
