package io.github.promisekeeper.jira.webhook.rest;

import io.github.promisekeeper.jira.webhook.DeliveryLogEntry;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** JSON of the delivery log, newest first; times are ISO-8601 UTC, a missing status code or time is left out. */
record DeliveriesView(List<DeliveryView> deliveries) {

    record DeliveryView(
            long id,
            String deliveryId,
            long endpointId,
            String event,
            String orderingKey,
            String status,
            int attempts,
            String createdAt,
            String lastAttemptAt,
            Integer lastStatusCode,
            String lastError,
            String nextAttemptAt) {}

    static DeliveriesView from(List<DeliveryLogEntry> entries) {
        return new DeliveriesView(entries.stream()
                .map(entry -> new DeliveryView(
                        entry.id(),
                        entry.deliveryId(),
                        entry.endpointId(),
                        entry.event(),
                        entry.orderingKey(),
                        entry.status().name().toLowerCase(Locale.ROOT),
                        entry.attempts(),
                        text(entry.createdAt()),
                        text(entry.lastAttemptAt()),
                        entry.lastStatusCode() == 0 ? null : entry.lastStatusCode(),
                        entry.lastError(),
                        entry.status().name().equals("PENDING") ? text(entry.nextAttemptAt()) : null))
                .toList());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
