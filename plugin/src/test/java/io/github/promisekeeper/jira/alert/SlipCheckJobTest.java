package io.github.promisekeeper.jira.alert;

import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.core.alert.AlertSettings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The daily check runs at the time an administrator set, in the site's time zone: today if still ahead. */
class SlipCheckJobTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final AlertSettingsStore settings = mock(AlertSettingsStore.class);

    @Test
    void runsTodayWhenTheTimeIsStillAheadAndTomorrowOnceItHasPassed() {
        when(settings.current()).thenReturn(new AlertSettings(LocalTime.of(6, 30), 14));

        // 05:00 UTC is 06:00 in Berlin in winter: 06:30 is still ahead; 06:00 UTC (07:00 there) is past it.
        assertThat(job("2027-02-01T05:00:00Z").nextRun()).isEqualTo(ZonedDateTime.of(2027, 2, 1, 6, 30, 0, 0, BERLIN));
        assertThat(job("2027-02-01T06:00:00Z").nextRun()).isEqualTo(ZonedDateTime.of(2027, 2, 2, 6, 30, 0, 0, BERLIN));
    }

    private SlipCheckJob job(String now) {
        return new SlipCheckJob(
                mock(SchedulerService.class),
                mock(SlipChecks.class),
                settings,
                Clock.fixed(Instant.parse(now), BERLIN));
    }
}
