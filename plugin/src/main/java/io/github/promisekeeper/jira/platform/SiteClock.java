package io.github.promisekeeper.jira.platform;

import com.atlassian.sal.api.timezone.TimeZoneManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the Jira site's default time zone, read on every call so that an administrator's
 * change of the site zone applies at once. "Today" for renewals is today where the site is. Without
 * SAL's TimeZoneManager (an optional reference) it falls back to the server's zone, and the admin page
 * says so.
 */
public final class SiteClock extends Clock {

    private final TimeZoneManager timeZoneManager;
    private final JiraServiceAvailability availability;

    public SiteClock(TimeZoneManager timeZoneManager, JiraServiceAvailability availability) {
        this.timeZoneManager = timeZoneManager;
        this.availability = availability;
    }

    @Override
    public ZoneId getZone() {
        if (!availability.has(TimeZoneManager.class)) {
            return ZoneId.systemDefault();
        }
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
