package io.github.promisekeeper.jira.platform;

import com.atlassian.sal.api.timezone.TimeZoneManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the Jira site's default time zone, read on every call so that an administrator's
 * change of the site zone applies at once. "Today" for renewals is today where the site is.
 */
public final class SiteClock extends Clock {

    private final TimeZoneManager timeZoneManager;

    public SiteClock(TimeZoneManager timeZoneManager) {
        this.timeZoneManager = timeZoneManager;
    }

    @Override
    public ZoneId getZone() {
        return timeZoneManager.getDefaultTimeZone().toZoneId();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }
}
