package io.github.promisekeeper.core.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after 1 minute, then twice as long after each further failure (2, 4, 8 …
 * minutes), never more than a day; once the attempt made after a whole day's wait has failed too, the delivery is
 * failed for good (an administrator can still redeliver it). That is 13 attempts over about two and a half days.
 */
public final class RetrySchedule {

    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration LONGEST_DELAY = Duration.ofDays(1);

    private final Duration first;
    private final Duration longest;

    public RetrySchedule(Duration first, Duration longest) {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("Need 0 < first delay <= longest delay, got " + first + ", " + longest);
        }
        this.first = first;
        this.longest = longest;
    }

    /** The schedule of the product: 1 minute doubling up to a day. */
    public static RetrySchedule standard() {
        return new RetrySchedule(FIRST_DELAY, LONGEST_DELAY);
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first), at most the longest delay. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts starts at 1, got " + failedAttempts);
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /**
     * When to try again after the {@code failedAttempts}-th failure at {@code failedAt}; empty when the delivery
     * is failed for good, which is when the failed attempt came after the longest wait.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts > 1 && delayAfter(failedAttempts - 1).equals(longest)) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(failedAttempts)));
    }

    /** How many attempts a delivery gets at most, the first included. */
    public int maxAttempts() {
        int attempts = 1;
        while (nextAttempt(attempts, Instant.EPOCH).isPresent()) {
            attempts++;
        }
        return attempts;
    }
}
