package io.github.promisekeeper.core.mail;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * When the weekly digest goes out: a day of the week and an hour, read in each recipient's own time zone, so a
 * digest set for Monday 8:00 reaches Sydney and Berlin each at their Monday 8:00.
 */
public record DigestSchedule(DayOfWeek day, int hour) {

    public DigestSchedule {
        Objects.requireNonNull(day, "day");
        checkHour(hour);
    }

    /** Refuses an hour outside 0 to 23. */
    public static void checkHour(int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("The digest hour is 0 to 23, not " + hour + ".");
        }
    }

    /** Monday 8:00. */
    public static DigestSchedule defaults() {
        return new DigestSchedule(DayOfWeek.MONDAY, 8);
    }

    /** Whether the digest is due in the hour that {@code localNow} (the recipient's own time) falls in. */
    public boolean isDueAt(ZonedDateTime localNow) {
        return localNow.getDayOfWeek() == day && localNow.getHour() == hour;
    }

    /** The ISO week {@code localNow} falls in ("2026-W49"): a recipient gets one digest per such week. */
    public static String weekOf(ZonedDateTime localNow) {
        return String.format(
                "%d-W%02d", localNow.get(IsoFields.WEEK_BASED_YEAR), localNow.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
