package io.github.promisekeeper.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes dates in reasons the way people read them ("10 Mar 2027"), the same on every machine. */
public final class HumanDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private HumanDates() {
    }

    public static String format(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    /** "today", "in 1 day", "in 12 days", "1 day ago", "5 days ago". */
    public static String relative(long days) {
        if (days == 0) {
            return "today";
        }
        long abs = Math.abs(days);
        String amount = abs + (abs == 1 ? " day" : " days");
        return days > 0 ? "in " + amount : amount + " ago";
    }
}
