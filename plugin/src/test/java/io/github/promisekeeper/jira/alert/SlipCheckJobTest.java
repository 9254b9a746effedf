package io.github.promisekeeper.jira.alert;

import com.atlassian.scheduler.JobRunnerRequest;
import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.jira.testing.RecordedScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The daily check runs at the time an administrator set, in the site's time zone: one job id on a daily cron
 * schedule, once per cluster, replaced when the time changes; the run-once chain of earlier versions is removed.
 * The scheduler's calls are recorded by {@link RecordedScheduler}.
 */
class SlipCheckJobTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final AlertSettingsStore settings = mock(AlertSettingsStore.class);
    private final SlipChecks checks = mock(SlipChecks.class);
    private RecordedScheduler recorded;
    private List<String> scheduled;
    private List<String> unscheduled;

    @BeforeEach
    void recordTheSchedulersCalls() {
        recorded = new RecordedScheduler();
        scheduled = recorded.scheduled();
        unscheduled = recorded.unscheduled();
    }

    @AfterEach
    void closeStubs() {
        recorded.close();
    }

    @Test
    void runsTodayWhenTheTimeIsStillAheadAndTomorrowOnceItHasPassed() {
        checkAt(6, 30);

        // 05:00 UTC is 06:00 in Berlin in winter: 06:30 is still ahead; 06:00 UTC (07:00 there) is past it.
        assertThat(job("2027-02-01T05:00:00Z", UTC).nextRun())
                .isEqualTo(ZonedDateTime.of(2027, 2, 1, 6, 30, 0, 0, BERLIN));
        assertThat(job("2027-02-01T06:00:00Z", UTC).nextRun())
                .isEqualTo(ZonedDateTime.of(2027, 2, 2, 6, 30, 0, 0, BERLIN));
    }

    @Test
    void startRegistersOneDailyCronJobOncePerClusterAtTheAdminsTime() {
        checkAt(6, 30);

        job("2027-02-01T05:00:00Z", BERLIN).onStart();

        assertThat(scheduled).containsExactly(SlipCheckJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 30 6 * * ?");
    }

    @Test
    void theAdminsTimeKeepsMeaningTheSitesZoneWhenTheSchedulerRunsInAnother() {
        checkAt(6, 30);

        // Site in Berlin, scheduler in UTC: 06:30 in Berlin is 05:30 UTC in winter, 04:30 UTC in summer.
        job("2027-02-01T03:00:00Z", UTC).onStart();
        job("2027-07-01T03:00:00Z", UTC).onStart();

        assertThat(scheduled)
                .containsExactly(
                        SlipCheckJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 30 5 * * ?",
                        SlipCheckJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 30 4 * * ?");
    }

    @Test
    void aChangedTimeReplacesTheScheduleUnderTheSameJobId() {
        checkAt(6, 30);
        SlipCheckJob job = job("2027-02-01T05:00:00Z", BERLIN);
        job.onStart();

        checkAt(7, 15);
        Optional<ZonedDateTime> next = job.scheduleNext();

        assertThat(next).contains(ZonedDateTime.of(2027, 2, 1, 7, 15, 0, 0, BERLIN));
        assertThat(scheduled)
                .containsExactly(
                        SlipCheckJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 30 6 * * ?",
                        SlipCheckJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 15 7 * * ?");
    }

    @Test
    void startAfterAnUpgradeUnschedulesTheOldChainOfRunOnceJobs() {
        checkAt(6, 30);

        job("2027-02-01T05:00:00Z", BERLIN).onStart();

        // The chain named each day's job after its date: today's or tomorrow's is pending, an overdue one may be left.
        assertThat(unscheduled)
                .contains(
                        "io.github.promisekeeper.slip-check.2027-02-01",
                        "io.github.promisekeeper.slip-check.2027-02-02",
                        "io.github.promisekeeper.slip-check.2027-01-31")
                .doesNotContain(SlipCheckJob.JOB_ID);
        assertThat(scheduled).hasSize(1).allMatch(job -> job.startsWith(SlipCheckJob.JOB_ID + " "));
    }

    @Test
    void aRunSchedulesNothingMoreWhenTheNextDayRunsAtTheSameCron() {
        checkAt(6, 30);
        when(checks.runScheduled()).thenReturn(Optional.empty());

        job("2027-02-01T05:30:00Z", BERLIN).runJob(mock(JobRunnerRequest.class));

        assertThat(scheduled).isEmpty();
        assertThat(unscheduled).isEmpty();
    }

    @Test
    void aRunBeforeTheSitesClocksChangeMovesTheSchedulersCron() {
        checkAt(6, 30);
        when(checks.runScheduled()).thenThrow(new IllegalStateException("search failed"));

        // Saturday 27 March 2027, 06:30 in Berlin (05:30 UTC); on Sunday Berlin moves to summer time: 04:30 UTC.
        job("2027-03-27T05:30:00Z", UTC).runJob(mock(JobRunnerRequest.class));

        assertThat(scheduled).containsExactly(SlipCheckJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 30 4 * * ?");
    }

    private void checkAt(int hour, int minute) {
        when(settings.current()).thenReturn(new AlertSettings(LocalTime.of(hour, minute), 14));
    }

    private SlipCheckJob job(String now, ZoneId schedulerZone) {
        return new SlipCheckJob(
                recorded.scheduler(), checks, settings, Clock.fixed(Instant.parse(now), BERLIN), () -> schedulerZone);
    }
}
