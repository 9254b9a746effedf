package io.github.promisekeeper.jira.mail;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.jira.platform.ClusterCronJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Runs the {@link DigestMailer} every hour, once per cluster: each run mails those whose own local day and hour
 * are the digest's, so every time zone gets its digest at its own hour. The runner is registered on every node
 * while the app is enabled; the job itself is scheduled once (scheduling it again replaces it).
 */
public class DigestJob implements JobRunner, LifecycleAware {

    static final String RUNNER_KEY = "io.github.promisekeeper.mail-digest";
    static final String JOB_ID = "io.github.promisekeeper.mail-digest.hourly";
    /** At the start of every hour (Quartz syntax, seconds first): the schedule form Jira 10 apps are seen using. */
    static final String EVERY_HOUR = "0 0 * * * ?";

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

    private final ClusterCronJob job;
    private final DigestMailer digest;

    public DigestJob(SchedulerService scheduler, DigestMailer digest) {
        this.job = new ClusterCronJob(scheduler, RUNNER_KEY, JOB_ID, EVERY_HOUR);
        this.digest = Objects.requireNonNull(digest, "digest");
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
        try {
            return JobRunnerResponse.success("Queued " + digest.sendDue() + " weekly digests.");
        } catch (RuntimeException e) {
            LOG.error("The weekly digest failed: {}", e.getMessage(), e);
            return JobRunnerResponse.failed("The weekly digest failed: " + e.getMessage());
        }
    }
}
