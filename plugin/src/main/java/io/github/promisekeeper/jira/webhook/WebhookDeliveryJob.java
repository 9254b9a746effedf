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
import io.github.promisekeeper.core.webhook.WebhookDispatcher;

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

    private final SchedulerService scheduler;
    private final WebhookDispatcher dispatcher;

    public WebhookDeliveryJob(SchedulerService scheduler, WebhookDispatcher dispatcher) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
        try {
            // Scheduling again under the same id replaces the schedule, so every node may do it at start.
            scheduler.scheduleJob(
                    JobId.of(JOB_ID),
                    JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                            .withSchedule(Schedule.forCronExpression(EVERY_15_SECONDS)));
        } catch (SchedulerServiceException e) {
            throw new IllegalStateException("Jira's scheduler refused the webhook delivery job", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        WebhookDispatcher.RunSummary summary = dispatcher.runOnce();
        return JobRunnerResponse.success("Webhooks: " + summary.delivered() + " delivered, " + summary.retrying()
                + " to retry, " + summary.failed() + " failed.");
    }
}
