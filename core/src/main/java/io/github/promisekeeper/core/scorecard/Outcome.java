package io.github.promisekeeper.core.scorecard;

/**
 * What became of a promise, judged on a day from its health (see {@link PromiseOutcome#judge}); in the order a
 * scorecard lists them.
 */
public enum Outcome {
    /** Every delivering epic done on or before the promised date (health {@code DELIVERED}). */
    KEPT_ON_TIME,
    /** Delivered after the promised date but before the customer's renewal passed. */
    DELIVERED_LATE,
    /** The customer's renewal passed while the promise was open: still open after it, or delivered after it. */
    BREACHED,
    /** Not delivered yet and the renewal not passed: not decided. */
    OPEN
}
