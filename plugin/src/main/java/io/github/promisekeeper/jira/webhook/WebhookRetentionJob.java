package io.github.promisekeeper.jira.webhook;

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
import io.github.promisekeeper.core.webhook.DeliveryRetention;

import java.util.Objects;

/**
 * Runs the webhook {@link DeliveryRetention} as a Jira scheduler job once a day, once per cluster, at a quiet hour
 * of the server's night: one job id, scheduled again (which replaces it) on every node's start. A run that stops at
 * its bound leaves the rest to the next day's.
 */
public class WebhookRetentionJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.promisekeeper.webhook-retention";
    static final String JOB_ID = "io.github.promisekeeper.webhook-retention.daily";
    /** Daily at 03:40 in the scheduler's zone (Quartz cron syntax, seconds first). */
    static final String DAILY = "0 40 3 * * ?";

    private final SchedulerService scheduler;
    private final DeliveryRetention retention;

    public WebhookRetentionJob(SchedulerService scheduler, DeliveryRetention retention) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        try {
            scheduler.scheduleJob(
                    JobId.of(JOB_ID),
                    JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                            .withSchedule(Schedule.forCronExpression(DAILY)));
        } catch (SchedulerServiceException e) {
            throw new IllegalStateException("Jira's scheduler refused the webhook retention job", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        DeliveryRetention.Pruned pruned = retention.prune();
        return JobRunnerResponse.success("Webhook deliveries: " + pruned.deleted() + " finished ones deleted"
                + (pruned.more() ? "; more are left for the next run." : "."));
    }
}
