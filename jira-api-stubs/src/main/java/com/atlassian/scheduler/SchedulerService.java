package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Stand-in for {@code com.atlassian.scheduler.SchedulerService} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): schedules jobs, cluster-wide when asked. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html">atlassian-scheduler-api 1.7.0 javadoc of SchedulerService</a>
 */
public interface SchedulerService {

    /** Registers the code run for jobs with {@code jobRunnerKey} on this node. */
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    /** Unregisters it on this node. */
    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /**
     * Schedules (or replaces) the job {@code jobId}.
     *
     * @throws SchedulerServiceException when the job cannot be scheduled
     */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    /** Removes the job {@code jobId}'s schedule (nothing happens when there is none). */
    void unscheduleJob(JobId jobId);
}
