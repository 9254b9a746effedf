package io.github.promisekeeper.core.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps the outbox from growing for ever (the retention job's use case): deletes deliveries that were delivered or
 * finally failed more than {@link #DEFAULT_KEEP} ago, in chunks of their own transaction each so no run holds
 * locks long, and at most {@link #DEFAULT_MAX_CHUNKS} chunks per run so a run stays bounded; what is left waits for
 * the next run. Pending deliveries are never deleted, however old: they are still owed to a receiver.
 */
public final class DeliveryRetention {

    /** How long a finished delivery stays in the delivery log (and may be redelivered by an administrator). */
    public static final Duration DEFAULT_KEEP = Duration.ofDays(30);
    /** Deliveries deleted per transaction. */
    public static final int DEFAULT_CHUNK = 500;
    /** Chunks per run: at most 100,000 deliveries deleted by one run. */
    public static final int DEFAULT_MAX_CHUNKS = 200;

    private final FinishedDeliveries deliveries;
    private final Clock clock;
    private final Duration keep;
    private final int chunk;
    private final int maxChunks;

    public DeliveryRetention(FinishedDeliveries deliveries, Clock clock) {
        this(deliveries, clock, DEFAULT_KEEP, DEFAULT_CHUNK, DEFAULT_MAX_CHUNKS);
    }

    public DeliveryRetention(FinishedDeliveries deliveries, Clock clock, Duration keep, int chunk, int maxChunks) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keep = Objects.requireNonNull(keep, "keep");
        if (keep.isNegative() || chunk < 1 || maxChunks < 1) {
            throw new IllegalArgumentException("keep must not be negative; chunk and maxChunks must be positive");
        }
        this.chunk = chunk;
        this.maxChunks = maxChunks;
    }

    /** What one run did: how many deliveries it deleted, and whether it stopped at its bound with more to delete. */
    public record Pruned(int deleted, boolean more) {}

    /** Deletes the finished deliveries older than the retention period, a chunk at a time, up to the run's bound. */
    public Pruned prune() {
        Instant cutoff = clock.instant().minus(keep);
        int deleted = 0;
        for (int chunks = 0; chunks < maxChunks; chunks++) {
            int now = deliveries.deleteFinishedBefore(cutoff, chunk);
            deleted += now;
            if (now == 0) {
                // Not "fewer than a chunk": a store may delete fewer at once than it was allowed to.
                return new Pruned(deleted, false);
            }
        }
        return new Pruned(deleted, true);
    }
}
