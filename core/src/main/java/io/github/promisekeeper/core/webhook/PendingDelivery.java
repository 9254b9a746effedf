package io.github.promisekeeper.core.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery waiting to be sent: the stored body (fixed when the event was enqueued, so every attempt sends the
 * same bytes under the same delivery id), its endpoint and ordering key, and how many attempts it has had.
 *
 * @param id the storage id, increasing in the order deliveries were enqueued
 */
public record PendingDelivery(
        long id,
        long endpointId,
        String deliveryId,
        String event,
        String orderingKey,
        String body,
        int attempts,
        Instant nextAttemptAt) {

    public PendingDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(orderingKey, "orderingKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }
}
