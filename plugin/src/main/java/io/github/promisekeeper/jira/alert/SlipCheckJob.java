package io.github.promisekeeper.jira.alert;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.github.promisekeeper.core.alert.AlertChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the slip check daily, once per cluster, at the time an administrator sets (in the site's time zone): one job
 * id on a daily cron schedule, scheduled again (which replaces it) on every node's start and whenever the time is
 * changed. A cron expression without a zone runs in the scheduler's default zone, taken here to be the JVM's (what
 * atlassian-scheduler falls back to; a zone argument has no Jira 10/11 evidence), so the site's time is turned into
 * the server's for the next run; a run that finds the following day's time different there (one of the two zones
 * changes its clocks) schedules the job again. Where the two zones are the same, as by default, the cron is the
 * admin's time as it is.
 */
public class SlipCheckJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.promisekeeper.slip-check";
    static final String JOB_ID = "io.github.promisekeeper.slip-check.daily";
    /**
     * Earlier versions ran a chain of run-once jobs, each named this prefix and its day and scheduling the next
     * day's; on start the ids of the days around today are unscheduled so that only {@link #JOB_ID} is left.
     */
    static final String CHAIN_JOB_ID_PREFIX = "io.github.promisekeeper.slip-check.";

    private static final int CHAIN_DAYS_BEFORE = 7;
    private static final int CHAIN_DAYS_AFTER = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SlipCheckJob.class);

    private final SchedulerService scheduler;
    private final SlipChecks checks;
    private final AlertSettingsStore settings;
    private final Clock clock;
    private final Supplier<ZoneId> schedulerZone;

    /** With the JVM's default zone as the scheduler's, as atlassian-scheduler assumes for a cron expression. */
    public SlipCheckJob(SchedulerService scheduler, SlipChecks checks, AlertSettingsStore settings, Clock clock) {
        this(scheduler, checks, settings, clock, ZoneId::systemDefault);
    }

    SlipCheckJob(
            SchedulerService scheduler,
            SlipChecks checks,
            AlertSettingsStore settings,
            Clock clock,
            Supplier<ZoneId> schedulerZone) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedulerZone = Objects.requireNonNull(schedulerZone, "scheduler zone");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        unscheduleChain(ZonedDateTime.now(clock).toLocalDate());
        scheduleNext();
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    /** Schedules the daily run at the configured time; answers the next run, or empty when the scheduler refused. */
    public Optional<ZonedDateTime> scheduleNext() {
        ZonedDateTime next = nextRun(ZonedDateTime.now(clock));
        return schedule(next) ? Optional.of(next) : Optional.empty();
    }

    /** The next time of day the check is set to run: today if still ahead, else tomorrow. */
    public ZonedDateTime nextRun() {
        return nextRun(ZonedDateTime.now(clock));
    }

    /** The next time of day the check is set to run after {@code now}: today if still ahead, else tomorrow. */
    ZonedDateTime nextRun(ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        ZonedDateTime next = today.atTime(settings.current().checkAt()).atZone(clock.getZone());
        return next.isAfter(now) ? next : next.plusDays(1);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            Optional<AlertChanges> changes = checks.runScheduled();
            if (changes.isEmpty()) {
                return JobRunnerResponse.success("Slip check skipped: no administrator has saved the alert settings"
                        + " or run the check yet, so there is nobody to search as.");
            }
            return JobRunnerResponse.success(
                    "Slip check: " + changes.get().raised().size() + " alerts raised, "
                            + changes.get().resolved().size() + " resolved.");
        } catch (RuntimeException e) {
            LOG.error("The daily slip check failed", e);
            return JobRunnerResponse.failed("Slip check failed: " + e.getMessage());
        } finally {
            followClockChanges();
        }
    }

    /** Schedules the job again when the next run falls at another time of day in the scheduler's zone than this one. */
    private void followClockChanges() {
        ZonedDateTime following = nextRun(ZonedDateTime.now(clock));
        if (!cron(following).equals(cron(following.minusDays(1)))) {
            schedule(following);
        }
    }

    private boolean schedule(ZonedDateTime next) {
        String cron = cron(next);
        try {
            scheduler.scheduleJob(
                    JobId.of(JOB_ID),
                    JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                            .withSchedule(Schedule.forCronExpression(cron)));
            return true;
        } catch (SchedulerServiceException e) {
            LOG.error("Jira's scheduler refused the daily slip check at {} ({}): {}", next, cron, e.getMessage());
            return false;
        }
    }

    /** Daily at {@code run}'s time of day in the scheduler's zone (Quartz syntax, seconds first). */
    private String cron(ZonedDateTime run) {
        LocalTime at = run.withZoneSameInstant(schedulerZone.get()).toLocalTime();
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * ?";
    }

    private void unscheduleChain(LocalDate today) {
        for (int day = -CHAIN_DAYS_BEFORE; day <= CHAIN_DAYS_AFTER; day++) {
            scheduler.unscheduleJob(JobId.of(CHAIN_JOB_ID_PREFIX + today.plusDays(day)));
        }
    }
}
