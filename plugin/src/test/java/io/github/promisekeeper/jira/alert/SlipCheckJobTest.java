package io.github.promisekeeper.jira.alert;

import com.atlassian.scheduler.JobRunnerRequest;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.testing.RecordedScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The daily check runs once per site-local day from the time an administrator set, in the site's time zone,
 * whatever zone Jira's scheduler reads a cron in: one job id polls every 15 minutes, once per cluster, and each run
 * decides from the site's clock (here fixed per run) and the recorded day of the last check whether the day's check
 * is due. The scheduler's calls are recorded by {@link RecordedScheduler}.
 */
class SlipCheckJobTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String POLL = SlipCheckJob.JOB_ID + " RUN_ONCE_PER_CLUSTER cron 0 0/15 * * * ?";

    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final AlertSettingsStore settings = new AlertSettingsStore(stored.factory(), mock(SettingsHistory.class));
    private final SlipChecks checks = mock(SlipChecks.class);
    private RecordedScheduler recorded;
    private List<String> scheduled;
    private List<String> unscheduled;

    @BeforeEach
    void recordTheSchedulersCalls() {
        recorded = new RecordedScheduler();
        scheduled = recorded.scheduled();
        unscheduled = recorded.unscheduled();
        when(checks.runScheduled()).thenReturn(Optional.of(new AlertChanges(List.of(), List.of())));
    }

    @AfterEach
    void closeStubs() {
        recorded.close();
    }

    @Test
    void startRegistersOneJobPollingEveryQuarterHourOncePerClusterWhateverTheTime() {
        checkAt("06:30");
        job("2027-02-01T05:00:00Z").onStart();
        checkAt("07:15");
        job("2027-07-01T05:00:00Z").onStart();

        assertThat(scheduled).containsExactly(POLL, POLL);
    }

    @Test
    void startAfterAnUpgradeUnschedulesTheOldChainOfRunOnceJobs() {
        checkAt("06:30");

        job("2027-02-01T05:00:00Z").onStart();

        // The chain named each day's job after its date: today's or tomorrow's is pending, an overdue one may be left.
        assertThat(unscheduled)
                .contains(
                        "io.github.promisekeeper.slip-check.2027-02-01",
                        "io.github.promisekeeper.slip-check.2027-02-02",
                        "io.github.promisekeeper.slip-check.2027-01-31")
                .doesNotContain(SlipCheckJob.JOB_ID)
                .allMatch(id -> id.startsWith(SlipCheckJob.CHAIN_JOB_ID_PREFIX + "20"));
        assertThat(scheduled).containsExactly(POLL);
    }

    @Test
    void runsAtTheSetTimeInTheSitesZoneAndNotBefore() {
        checkAt("06:30");

        // Berlin is UTC+1 in winter: 05:15 UTC is 06:15 there, 05:30 UTC is 06:30.
        assertThat(run("2027-02-01T05:15:00Z")).startsWith("success Slip check not due");
        verify(checks, never()).runScheduled();
        assertThat(settings.lastScheduledCheck()).isEmpty();

        assertThat(run("2027-02-01T05:30:00Z")).isEqualTo("success Slip check: 0 alerts raised, 0 resolved.");
        verify(checks).runScheduled();
        assertThat(settings.lastScheduledCheck()).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void runsOnlyOnceADayAndAgainTheNextDay() {
        checkAt("06:30");

        run("2027-02-01T05:30:00Z");
        run("2027-02-01T05:45:00Z");
        run("2027-02-01T22:45:00Z");
        verify(checks, times(1)).runScheduled();

        run("2027-02-02T05:15:00Z");
        verify(checks, times(1)).runScheduled();
        run("2027-02-02T05:30:00Z");
        verify(checks, times(2)).runScheduled();
        assertThat(settings.lastScheduledCheck()).contains(LocalDate.of(2027, 2, 2));
    }

    @Test
    void aTimeMovedLaterOnADayWhoseCheckRanDoesNotRunItTwice() {
        checkAt("06:30");
        run("2027-02-01T05:30:00Z");

        checkAt("08:00");
        run("2027-02-01T07:00:00Z");
        run("2027-02-01T07:15:00Z");

        verify(checks, times(1)).runScheduled();
        assertThat(job("2027-02-01T07:15:00Z").nextRun()).isEqualTo(at("2027-02-02T08:00"));
    }

    @Test
    void aTimeMovedEarlierBeforeTheDaysCheckRunsItAtTheNextPoll() {
        checkAt("08:00");
        run("2027-02-01T05:00:00Z");
        verify(checks, never()).runScheduled();

        checkAt("06:00");
        // 06:05 in Berlin: the check is due, the next poll (06:15) runs it.
        assertThat(job("2027-02-01T05:05:00Z").nextRun()).isEqualTo(at("2027-02-01T06:15"));
        run("2027-02-01T05:15:00Z");

        verify(checks).runScheduled();
        assertThat(job("2027-02-01T05:20:00Z").nextRun()).isEqualTo(at("2027-02-02T06:00"));
    }

    @Test
    void aFirstStartAfterTheSetTimeRunsThatDaysCheckAtOnce() {
        checkAt("06:30");

        run("2027-02-01T09:00:00Z");

        verify(checks).runScheduled();
        assertThat(settings.lastScheduledCheck()).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aFailedCheckRecordsNothingSoTheNextPollTriesAgain() {
        checkAt("06:30");
        when(checks.runScheduled())
                .thenThrow(new IllegalStateException("search failed"))
                .thenReturn(Optional.of(new AlertChanges(List.of(), List.of())));

        assertThat(run("2027-02-01T05:30:00Z")).isEqualTo("failed Slip check failed: search failed");
        assertThat(settings.lastScheduledCheck()).isEmpty();

        assertThat(run("2027-02-01T05:45:00Z")).startsWith("success Slip check: ");
        verify(checks, times(2)).runScheduled();
        assertThat(settings.lastScheduledCheck()).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aCheckWithNobodyToSearchAsRecordsNothingSoItRunsOnceAnAdministratorSavesTheSettings() {
        checkAt("06:30");
        when(checks.runScheduled()).thenReturn(Optional.empty());

        assertThat(run("2027-02-01T05:30:00Z")).startsWith("success Slip check skipped");

        assertThat(settings.lastScheduledCheck()).isEmpty();
    }

    @Test
    void anUnreadableRecordedDayCountsAsNoneSoTheDaysCheckRunsOnce() {
        checkAt("06:30");
        stored.values().put(AlertSettingsStore.LAST_SCHEDULED_CHECK, "yesterday");

        run("2027-02-01T05:30:00Z");
        run("2027-02-01T05:45:00Z");

        verify(checks, times(1)).runScheduled();
        assertThat(settings.lastScheduledCheck()).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void onTheDayBerlinSkipsAnHourACheckSetInsideTheGapRunsAtTheFirstPollAfterIt() {
        checkAt("02:30");

        // Sunday 28 March 2027: at 02:00 CET the clocks go to 03:00 CEST. 00:45 UTC is 01:45 CET, 01:00 UTC 03:00 CEST.
        run("2027-03-28T00:45:00Z");
        verify(checks, never()).runScheduled();
        run("2027-03-28T01:00:00Z");
        run("2027-03-28T01:15:00Z");

        verify(checks, times(1)).runScheduled();
        assertThat(settings.lastScheduledCheck()).contains(LocalDate.of(2027, 3, 28));
    }

    @Test
    void onTheDayBerlinRepeatsAnHourACheckSetInsideItRunsOnlyTheFirstTime() {
        checkAt("02:30");

        // Sunday 31 October 2027: 02:00–03:00 comes twice, first CEST (00:00–01:00 UTC), then CET (01:00–02:00 UTC).
        run("2027-10-31T00:15:00Z");
        verify(checks, never()).runScheduled();
        run("2027-10-31T00:30:00Z");
        run("2027-10-31T01:30:00Z");

        verify(checks, times(1)).runScheduled();
        assertThat(job("2027-10-31T01:30:00Z").nextRun()).isEqualTo(at("2027-11-01T02:30"));
    }

    @Test
    void aTimeInTheDaysLastQuarterHourRunsAtTheFirstPollAfterMidnightForTheDayBefore() {
        checkAt("23:55");
        settings.recordScheduledCheck(LocalDate.of(2027, 1, 31));

        // 22:45 UTC is 23:45 in Berlin, the day's last poll; 23:00 UTC is midnight.
        run("2027-02-01T22:45:00Z");
        verify(checks, never()).runScheduled();
        assertThat(job("2027-02-01T22:45:00Z").nextRun()).isEqualTo(at("2027-02-02T00:00"));
        run("2027-02-01T23:00:00Z");
        run("2027-02-01T23:15:00Z");

        verify(checks, times(1)).runScheduled();
        assertThat(settings.lastScheduledCheck()).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void theNextRunIsTheFirstPollAtOrAfterTheSetTimeOfTheNextDayWhoseCheckIsToRun() {
        checkAt("06:30");
        assertThat(job("2027-02-01T05:00:00Z").nextRun()).isEqualTo(at("2027-02-01T06:30"));

        checkAt("06:40");
        assertThat(job("2027-02-01T05:00:00Z").nextRun()).isEqualTo(at("2027-02-01T06:45"));

        settings.recordScheduledCheck(LocalDate.of(2027, 2, 1));
        assertThat(job("2027-02-01T06:00:00Z").nextRun()).isEqualTo(at("2027-02-02T06:45"));
    }

    private void checkAt(String time) {
        stored.values().put(AlertSettingsStore.CHECK_AT, time);
    }

    private String run(String now) {
        return recorded.text(job(now).runJob(mock(JobRunnerRequest.class)));
    }

    private SlipCheckJob job(String now) {
        return new SlipCheckJob(recorded.scheduler(), checks, settings, Clock.fixed(Instant.parse(now), BERLIN));
    }

    private static ZonedDateTime at(String berlinTime) {
        return LocalDateTime.parse(berlinTime).atZone(BERLIN);
    }
}
