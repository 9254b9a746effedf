package io.github.promisekeeper.core.scorecard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a scorecard looks at, both inclusive: {@code from} not after {@code to}, at most {@value #MAX_DAYS}
 * days (five years) so one scorecard stays within a bounded read.
 */
public record ScorecardPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 1830;

    /** How many full quarters the default period covers. */
    public static final int DEFAULT_QUARTERS = 4;

    public ScorecardPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts on " + from + ", after it ends on " + to + ".");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "The period from " + from + " to " + to + " is longer than " + MAX_DAYS + " days.");
        }
    }

    /** The default: the {@value #DEFAULT_QUARTERS} full quarters before the one {@code today} falls in. */
    public static ScorecardPeriod lastFullQuarters(LocalDate today) {
        Quarter current = Quarter.of(today);
        Quarter first = current;
        for (int i = 0; i < DEFAULT_QUARTERS; i++) {
            first = first.previous();
        }
        return new ScorecardPeriod(first.firstDay(), current.previous().lastDay());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Every quarter the period touches, in order, the first and last possibly only in part. */
    public List<Quarter> quarters() {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(from); q.compareTo(Quarter.of(to)) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }
}
