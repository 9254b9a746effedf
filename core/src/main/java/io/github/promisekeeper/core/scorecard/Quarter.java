package io.github.promisekeeper.core.scorecard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A calendar quarter ({@code 2026-Q3}: July to September 2026): the unit a scorecard counts and charts by. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number + ".");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("A quarter's year is 1 to 9999, not " + year + ".");
        }
    }

    /** The quarter {@code date} falls in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 3 * (number - 1) + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    /** {@code 2026-Q3}. */
    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
