package io.github.promisekeeper.core.scorecard;

import java.util.Objects;

/**
 * How many promises had one outcome, and their share of all promises due in the period in whole percent (rounded
 * half up, so the shares of all outcomes may add up to 99 or 101).
 */
public record OutcomeCount(Outcome outcome, int count, int percent) {

    public OutcomeCount {
        Objects.requireNonNull(outcome, "outcome");
        if (count < 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException(outcome + ": count " + count + ", percent " + percent + ".");
        }
    }

    /** {@code count} of {@code total} promises. */
    static OutcomeCount of(Outcome outcome, int count, int total) {
        return new OutcomeCount(outcome, count, total == 0 ? 0 : (int) ((count * 200L + total) / (2L * total)));
    }
}
