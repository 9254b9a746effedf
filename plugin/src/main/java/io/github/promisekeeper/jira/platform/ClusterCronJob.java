package io.github.promisekeeper.jira.platform;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * One of the app's jobs on Jira's scheduler: its runner registered on this node while the app is enabled, and one
 * job id on a cron schedule that runs once per cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}: the scheduler picks
 * one node per run). Every node schedules the job again when it starts; scheduling an id again replaces its
 * schedule, so the cluster keeps exactly one.
 */
public final class ClusterCronJob {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterCronJob.class);

    private final SchedulerService scheduler;
    // Names, not JobRunnerKey/JobId: those come from Jira's classes, made only when the job starts (as the
    // scheduler's types are not there when Spring builds the app's context in tests without Jira).
    private final String runnerKey;
    private final String jobId;
    private final String cron;

    /** {@code cron} in Quartz syntax, seconds first, as the scheduler reads it. */
    public ClusterCronJob(SchedulerService scheduler, String runnerKey, String jobId, String cron) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.runnerKey = Objects.requireNonNull(runnerKey, "runner key");
        this.jobId = Objects.requireNonNull(jobId, "job id");
        this.cron = Objects.requireNonNull(cron, "cron");
    }

    /**
     * Registers {@code runner} on this node and schedules the job. A scheduler that refuses is logged and leaves the
     * app enabled without the job; the next start schedules it again.
     */
    public void start(JobRunner runner) {
        scheduler.registerJobRunner(JobRunnerKey.of(runnerKey), runner);
        try {
            scheduler.scheduleJob(
                    JobId.of(jobId),
                    JobConfig.forJobRunnerKey(JobRunnerKey.of(runnerKey))
                            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                            .withSchedule(Schedule.forCronExpression(cron)));
        } catch (SchedulerServiceException e) {
            LOG.error("Jira's scheduler refused job {} ({}): {}", jobId, cron, e.getMessage(), e);
        }
    }

    /** Unregisters the runner on this node; the schedule stays for the nodes still running the app. */
    public void stop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(runnerKey));
    }
}
