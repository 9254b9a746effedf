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
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the slip check daily, once per cluster, at the time an administrator sets (in the site's time zone). Each
 * run is a run-once job named after its day and, whatever its outcome, schedules the next day's: the plugin uses
 * only the scheduler calls it can show Jira 10/11 apps making (run-once schedules), and a day's job id is the same
 * on every node, so the nodes that start, and the settings that change, all schedule the same next run.
 */
public class SlipCheckJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.promisekeeper.slip-check";
    static final String JOB_ID_PREFIX = "io.github.promisekeeper.slip-check.";

    private static final Logger LOG = LoggerFactory.getLogger(SlipCheckJob.class);

    private final SchedulerService scheduler;
    private final SlipChecks checks;
    private final AlertSettingsStore settings;
    private final Clock clock;

    public SlipCheckJob(SchedulerService scheduler, SlipChecks checks, AlertSettingsStore settings, Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        scheduleNext();
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    /** Schedules the next daily run at the configured time; answers when, or empty when the scheduler refused. */
    public Optional<ZonedDateTime> scheduleNext() {
        return schedule(nextRun(ZonedDateTime.now(clock)));
    }

    private Optional<ZonedDateTime> schedule(ZonedDateTime next) {
        try {
            scheduler.scheduleJob(
                    JobId.of(JOB_ID_PREFIX + next.toLocalDate()),
                    JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                            .withSchedule(Schedule.runOnce(Date.from(next.toInstant()))));
            return Optional.of(next);
        } catch (SchedulerServiceException e) {
            LOG.error("Jira's scheduler refused the daily slip check for {}: {}", next, e.getMessage());
            return Optional.empty();
        }
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
            // Never today's job again (the one running, which the scheduler removes once it is done): tomorrow's.
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime next = nextRun(now);
            schedule(next.toLocalDate().isAfter(now.toLocalDate()) ? next : next.plusDays(1));
        }
    }
}
