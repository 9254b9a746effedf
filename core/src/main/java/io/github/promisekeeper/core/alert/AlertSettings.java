package io.github.promisekeeper.core.alert;

import java.time.LocalTime;
import java.util.Objects;

/**
 * How a site runs the slip check: the time of day it runs (the server's time zone) and how many days before a
 * notice deadline a customer with open commitments that are not on track raises an alert (N, default 14).
 */
public record AlertSettings(LocalTime checkAt, int noticeDays) {

    public static final int MAX_NOTICE_DAYS = 365;
    public static final AlertSettings DEFAULTS = new AlertSettings(LocalTime.of(6, 0), 14);

    public AlertSettings {
        Objects.requireNonNull(checkAt, "check time");
        if (noticeDays < 1 || noticeDays > MAX_NOTICE_DAYS) {
            throw new IllegalArgumentException(
                    "Alert 1 to " + MAX_NOTICE_DAYS + " days before a notice deadline, not " + noticeDays + ".");
        }
        checkAt = checkAt.withSecond(0).withNano(0);
    }
}
