package io.github.promisekeeper.jira.webhook;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.core.webhook.WebhookDispatcher;
import io.github.promisekeeper.jira.platform.ClusterCronJob;

import java.util.Objects;

/**
 * Runs the webhook {@link WebhookDispatcher} as a Jira scheduler job every 15 seconds, once per cluster: the job
 * runner is registered on every node while the app is enabled, and the scheduler picks one node per run. All state
 * is in the outbox table, so a run on another node, or after a restart, carries on where the last one stopped.
 */
public class WebhookDeliveryJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.promisekeeper.webhook-delivery";
    static final String JOB_ID = "io.github.promisekeeper.webhook-delivery.run";
    /** Every 15 seconds (Quartz cron syntax, seconds first). */
    static final String EVERY_15_SECONDS = "0/15 * * * * ?";

    private final ClusterCronJob job;
    private final WebhookDispatcher dispatcher;

    public WebhookDeliveryJob(SchedulerService scheduler, WebhookDispatcher dispatcher) {
        this.job = new ClusterCronJob(scheduler, RUNNER_KEY, JOB_ID, EVERY_15_SECONDS);
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
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
        WebhookDispatcher.RunSummary summary = dispatcher.runOnce();
        return JobRunnerResponse.success("Webhooks: " + summary.delivered() + " delivered, " + summary.retrying()
                + " to retry, " + summary.failed() + " failed.");
    }
}
