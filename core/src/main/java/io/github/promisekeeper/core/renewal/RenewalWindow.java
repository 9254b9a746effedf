package io.github.promisekeeper.core.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days from {@code today} up to and including {@code today + days}: a customer whose renewal falls
 * on any of them renews inside the window.
 */
public record RenewalWindow(LocalDate today, int days) {

    public static final int MAX_DAYS = 3650;

    public RenewalWindow {
        Objects.requireNonNull(today, "today");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A renewal window is 1 to " + MAX_DAYS + " days, not " + days + ".");
        }
    }

    /** The next {@code days} days, counted from today in the clock's time zone. */
    public static RenewalWindow nextDays(int days, Clock clock) {
        return new RenewalWindow(LocalDate.now(clock), days);
    }

    public LocalDate lastDay() {
        return today.plusDays(days);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(today) && !date.isAfter(lastDay());
    }

    /** Days from today to {@code date}; negative when it has passed. */
    public long daysUntil(LocalDate date) {
        return ChronoUnit.DAYS.between(today, date);
    }
}
