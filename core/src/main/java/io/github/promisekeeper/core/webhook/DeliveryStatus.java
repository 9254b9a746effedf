package io.github.promisekeeper.core.webhook;

/** Where one delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or its next retry. */
    PENDING,
    /** A 2xx answer was received. */
    DELIVERED,
    /** Every attempt the {@link RetrySchedule} allows failed; only an administrator's redelivery sends it again. */
    FAILED
}
