package com.atlassian.scheduler;

/**
 * Stand-in for {@code com.atlassian.scheduler.JobRunner} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): code the scheduler runs. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html">atlassian-scheduler-api 1.7.0 javadoc of JobRunner</a>
 */
public interface JobRunner {

    /** Runs the job. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
