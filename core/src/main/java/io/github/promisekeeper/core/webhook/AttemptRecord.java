package io.github.promisekeeper.core.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one attempt of a delivery, as it is stored: the new status, the attempts so far, when, the HTTP
 * status code (0 when there was no answer) and error, and when to try next (null unless still pending).
 */
public record AttemptRecord(
        long id,
        DeliveryStatus status,
        int attempts,
        Instant attemptedAt,
        int statusCode,
        String error,
        Instant nextAttemptAt) {

    public AttemptRecord {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        if (status == DeliveryStatus.PENDING && nextAttemptAt == null) {
            throw new IllegalArgumentException("A delivery still pending needs its next attempt time");
        }
    }
}
