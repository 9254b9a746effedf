package io.github.promisekeeper.jira.webhook;

import io.github.promisekeeper.core.webhook.DeliveryStatus;

import java.time.Instant;

/**
 * One line of the delivery log on the admin page: which event to which endpoint, where it stands, how many
 * attempts, and the last answer (status code 0 when none came) and error.
 */
public record DeliveryLogEntry(
        long id,
        String deliveryId,
        long endpointId,
        String event,
        String orderingKey,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        int lastStatusCode,
        String lastError,
        Instant nextAttemptAt) {}
