package io.github.promisekeeper.core.webhook;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finished deliveries older than the retention period are deleted in bounded chunks; pending ones never are. */
class DeliveryRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:40:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();

    /** A delivery whose last attempt was {@code daysAgo} days ago and left it {@code status}. */
    private long finished(DeliveryStatus status, long daysAgo) {
        Instant at = NOW.minus(Duration.ofDays(daysAgo));
        long id = deliveries.add(1, "SC-1", "{}", at);
        deliveries.record(List.of(new AttemptRecord(
                id,
                status,
                status == DeliveryStatus.FAILED ? 12 : 1,
                at,
                status == DeliveryStatus.DELIVERED ? 200 : 503,
                null,
                status == DeliveryStatus.PENDING ? at.plus(Duration.ofHours(1)) : null)));
        return id;
    }

    @Test
    void deletesDeliveredAndFailedOlderThanThirtyDaysAndKeepsTheRest() {
        long oldDelivered = finished(DeliveryStatus.DELIVERED, 31);
        long oldFailed = finished(DeliveryStatus.FAILED, 45);
        long recentDelivered = finished(DeliveryStatus.DELIVERED, 29);
        long recentFailed = finished(DeliveryStatus.FAILED, 1);
        long oldRetrying = finished(DeliveryStatus.PENDING, 90);
        long neverTried = deliveries.add(1, "SC-2", "{}", NOW.minus(Duration.ofDays(100)));

        DeliveryRetention.Pruned pruned = new DeliveryRetention(deliveries, CLOCK).prune();

        assertThat(pruned).isEqualTo(new DeliveryRetention.Pruned(2, false));
        assertThat(deliveries.rows.keySet())
                .containsExactly(recentDelivered, recentFailed, oldRetrying, neverTried)
                .doesNotContain(oldDelivered, oldFailed);
    }

    @Test
    void deletesInChunksAndStopsAtTheRunsBoundLeavingTheRestForTheNextRun() {
        for (int i = 0; i < 10; i++) {
            finished(DeliveryStatus.DELIVERED, 40);
        }
        List<Integer> asked = new ArrayList<>();
        FinishedDeliveries counting = (cutoff, limit) -> {
            asked.add(limit);
            assertThat(cutoff).isEqualTo(NOW.minus(Duration.ofDays(30)));
            return deliveries.deleteFinishedBefore(cutoff, limit);
        };
        DeliveryRetention retention = new DeliveryRetention(counting, CLOCK, Duration.ofDays(30), 3, 2);

        assertThat(retention.prune()).isEqualTo(new DeliveryRetention.Pruned(6, true));
        assertThat(deliveries.rows).hasSize(4);
        assertThat(retention.prune()).isEqualTo(new DeliveryRetention.Pruned(4, true));
        assertThat(retention.prune()).isEqualTo(new DeliveryRetention.Pruned(0, false));
        assertThat(deliveries.rows).isEmpty();
        assertThat(asked).containsOnly(3);
    }
}
