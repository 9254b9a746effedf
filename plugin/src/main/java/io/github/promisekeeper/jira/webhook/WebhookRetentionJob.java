package io.github.promisekeeper.jira.webhook;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.core.webhook.DeliveryRetention;
import io.github.promisekeeper.jira.platform.ClusterCronJob;

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

    private final ClusterCronJob job;
    private final DeliveryRetention retention;

    public WebhookRetentionJob(SchedulerService scheduler, DeliveryRetention retention) {
        this.job = new ClusterCronJob(scheduler, RUNNER_KEY, JOB_ID, DAILY);
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public void onStart() {
        job.start(this);
    }

    @Override
    public void onStop() {
        job.stop();
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        DeliveryRetention.Pruned pruned = retention.prune();
        return JobRunnerResponse.success("Webhook deliveries: " + pruned.deleted() + " finished ones deleted"
                + (pruned.more() ? "; more are left for the next run." : "."));
    }
}
