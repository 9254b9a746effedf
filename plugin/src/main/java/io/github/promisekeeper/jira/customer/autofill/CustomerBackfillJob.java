package io.github.promisekeeper.jira.customer.autofill;

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

import java.util.Locale;
import java.util.Objects;

/**
 * Runs {@link CustomerBackfill} as a scheduler job, once per cluster, when an administrator starts it
 * (the admin page calls {@link #start}); the job runner is registered on every node while the app is enabled.
 */
public class CustomerBackfillJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.promisekeeper.customer-backfill";
    static final String JOB_ID = "io.github.promisekeeper.customer-backfill.run";

    private final SchedulerService scheduler;
    private final CustomerBackfill backfill;

    public CustomerBackfillJob(SchedulerService scheduler, CustomerBackfill backfill) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.backfill = Objects.requireNonNull(backfill, "backfill");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(JobRunnerKey.of(RUNNER_KEY), this);
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    /**
     * Schedules a run now, for {@code userKey}'s view of the issues.
     *
     * @return false when a run is already scheduled
     * @throws SchedulerServiceException when the scheduler refuses the job
     */
    public boolean start(String userKey) throws SchedulerServiceException {
        if (!backfill.prepare(userKey)) {
            return false;
        }
        scheduler.scheduleJob(
                JobId.of(JOB_ID),
                JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.runOnce(null)));
        return true;
    }

    public CustomerBackfill.Progress progress() {
        return backfill.progress();
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        CustomerBackfill.Progress progress = backfill.runAll();
        String summary = "Customer backfill " + progress.status().name().toLowerCase(Locale.ROOT) + ": "
                + progress.changed() + " of " + progress.scanned() + " issues given a customer.";
        return progress.status() == CustomerBackfill.Status.DONE
                ? JobRunnerResponse.success(summary)
                : JobRunnerResponse.failed(summary);
    }
}
