package io.github.promisekeeper.core.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link WebhookDeliveries} and {@link FinishedDeliveries} in memory, for the dispatcher's and retention's tests. */
final class InMemoryWebhookDeliveries implements WebhookDeliveries, FinishedDeliveries {

    record Row(PendingDelivery delivery, DeliveryStatus status, AttemptRecord last) {}

    final Map<Long, Row> rows = new TreeMap<>();
    private long nextId = 1;

    synchronized long add(long endpointId, String orderingKey, String body, Instant due) {
        long id = nextId++;
        rows.put(
                id,
                new Row(
                        new PendingDelivery(
                                id, endpointId, "delivery-" + id, "commitment.kept", orderingKey, body, 0, due),
                        DeliveryStatus.PENDING,
                        null));
        return id;
    }

    @Override
    public synchronized List<PendingDelivery> pending(int limit) {
        return rows.values().stream()
                .filter(row -> row.status() == DeliveryStatus.PENDING)
                .map(Row::delivery)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void record(List<AttemptRecord> attempts) {
        for (AttemptRecord attempt : attempts) {
            PendingDelivery was = rows.get(attempt.id()).delivery();
            PendingDelivery now = new PendingDelivery(
                    was.id(),
                    was.endpointId(),
                    was.deliveryId(),
                    was.event(),
                    was.orderingKey(),
                    was.body(),
                    attempt.attempts(),
                    attempt.nextAttemptAt() == null ? was.nextAttemptAt() : attempt.nextAttemptAt());
            rows.put(attempt.id(), new Row(now, attempt.status(), attempt));
        }
    }

    @Override
    public synchronized int deleteFinishedBefore(Instant cutoff, int limit) {
        List<Long> old = rows.entrySet().stream()
                .filter(entry -> entry.getValue().status() != DeliveryStatus.PENDING
                        && entry.getValue().last().attemptedAt().isBefore(cutoff))
                .map(Map.Entry::getKey)
                .limit(limit)
                .toList();
        old.forEach(rows::remove);
        return old.size();
    }

    synchronized List<Row> all() {
        return new ArrayList<>(rows.values());
    }
}
