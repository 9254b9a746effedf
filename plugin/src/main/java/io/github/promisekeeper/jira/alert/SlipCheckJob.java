package io.github.promisekeeper.jira.alert;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.jira.platform.ClusterCronJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the slip check once a day, once per cluster, from the time an administrator sets in the site's time zone,
 * whatever zone Jira's scheduler reads a cron expression in: one job id polls every 15 minutes (the same instants in
 * every zone whose offset is in whole, half or quarter hours) and each run decides by the site's clock whether a
 * day's check is due, as the mail digest's {@code DigestJob} does for each recipient's local hour.
 *
 * <p>A site-local day's check is due from the set time on; when it has run, its day is recorded
 * ({@link AlertSettingsStore#recordScheduledCheck}), so moving the time later on that day does not run it again and
 * moving it earlier runs it at the next poll. The check therefore runs at the first poll at or after the set time
 * (within 15 minutes after it). A check that fails records nothing and the next poll tries again; so does one
 * skipped because no administrator has saved the settings yet. A node that starts after the set time on a day whose
 * check has not run (a restart after downtime, the first install) runs that day's check at its first poll, which is
 * what one wants after a restart. On a day the site's clocks skip the set time, the check runs at the first poll
 * after the gap; on a day they repeat it, only the first time. A set time in the day's last quarter hour is reached
 * by the first poll after midnight, which runs the day before's check: a poll looks one day back, so a day missed
 * altogether (Jira down from before the time until after midnight) also has its check run late, once.
 *
 * <p>Changing the time schedules nothing: the job is scheduled on every node's start (scheduling it again replaces
 * it), with the same cron.
 */
public class SlipCheckJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.promisekeeper.slip-check";
    static final String JOB_ID = "io.github.promisekeeper.slip-check.daily";
    /** Every 15 minutes from the full hour (Quartz syntax, seconds first). */
    static final String EVERY_QUARTER_HOUR = "0 0/15 * * * ?";
    /**
     * Earlier versions ran a chain of run-once jobs, each named this prefix and its day and scheduling the next
     * day's; on start the ids of the days around today are unscheduled so that only {@link #JOB_ID} is left.
     */
    static final String CHAIN_JOB_ID_PREFIX = "io.github.promisekeeper.slip-check.";

    private static final long POLL_SECONDS = 15 * 60;
    private static final int CHAIN_DAYS_BEFORE = 7;
    private static final int CHAIN_DAYS_AFTER = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SlipCheckJob.class);

    private final SchedulerService scheduler;
    private final ClusterCronJob job;
    private final SlipChecks checks;
    private final AlertSettingsStore settings;
    private final Clock clock;

    /** {@code clock} is the site's: its zone is the one the administrator's time means. */
    public SlipCheckJob(SchedulerService scheduler, SlipChecks checks, AlertSettingsStore settings, Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.job = new ClusterCronJob(scheduler, RUNNER_KEY, JOB_ID, EVERY_QUARTER_HOUR);
        this.checks = Objects.requireNonNull(checks, "checks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void onStart() {
        unscheduleChain(ZonedDateTime.now(clock).toLocalDate());
        job.start(this);
    }

    @Override
    public void onStop() {
        job.stop();
    }

    /**
     * When the next scheduled check runs, in the site's zone: the first poll at or after the set time of the next day
     * whose check has not run, or the next poll when one is due now.
     */
    public ZonedDateTime nextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalTime checkAt = settings.current().checkAt();
        Optional<LocalDate> last = settings.lastScheduledCheck();
        if (due(now, checkAt, last).isPresent()) {
            return firstPollFrom(now);
        }
        LocalDate today = now.toLocalDate();
        LocalDate day = last.filter(ran -> !ran.isBefore(today))
                .map(ran -> ran.plusDays(1))
                .orElse(today);
        return firstPollFrom(day.atTime(checkAt).atZone(clock.getZone()));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Optional<LocalDate> day = due(now, settings.current().checkAt(), settings.lastScheduledCheck());
        if (day.isEmpty()) {
            return JobRunnerResponse.success("Slip check not due: the next runs at " + nextRun() + ".");
        }
        try {
            Optional<AlertChanges> changes = checks.runScheduled();
            if (changes.isEmpty()) {
                return JobRunnerResponse.success("Slip check skipped: no administrator has saved the alert settings"
                        + " or run the check yet, so there is nobody to search as.");
            }
            settings.recordScheduledCheck(day.get());
            return JobRunnerResponse.success(
                    "Slip check: " + changes.get().raised().size() + " alerts raised, "
                            + changes.get().resolved().size() + " resolved.");
        } catch (RuntimeException e) {
            LOG.error("The slip check of {} failed; the next poll tries again", day.get(), e);
            return JobRunnerResponse.failed("Slip check failed: " + e.getMessage());
        }
    }

    /**
     * The site-local day whose check is due at {@code now} and has not run: the latest day whose set time has come
     * (today's once it has, else yesterday's), unless it or a later day is recorded. With no day recorded, only
     * today's: a first start does not run the day before's.
     */
    private static Optional<LocalDate> due(ZonedDateTime now, LocalTime checkAt, Optional<LocalDate> last) {
        LocalDate today = now.toLocalDate();
        LocalDate latest = now.toLocalTime().isBefore(checkAt) ? today.minusDays(1) : today;
        boolean due = last.map(ran -> ran.isBefore(latest)).orElse(latest.equals(today));
        return due ? Optional.of(latest) : Optional.empty();
    }

    /** The first poll at or after {@code time}: polls fall on the quarter hours of UTC, hence of the site's zone. */
    private static ZonedDateTime firstPollFrom(ZonedDateTime time) {
        Instant instant = time.toInstant();
        long seconds = instant.getEpochSecond();
        boolean onPoll = instant.getNano() == 0 && seconds % POLL_SECONDS == 0;
        long poll = onPoll ? seconds : (Math.floorDiv(seconds, POLL_SECONDS) + 1) * POLL_SECONDS;
        return Instant.ofEpochSecond(poll).atZone(time.getZone());
    }

    private void unscheduleChain(LocalDate today) {
        for (int day = -CHAIN_DAYS_BEFORE; day <= CHAIN_DAYS_AFTER; day++) {
            scheduler.unscheduleJob(JobId.of(CHAIN_JOB_ID_PREFIX + today.plusDays(day)));
        }
    }
}
