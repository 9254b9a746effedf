package com.atlassian.scheduler;

/**
 * Stand-in for {@code com.atlassian.scheduler.JobRunnerRequest} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): what the scheduler tells a job runner about the run; the plugin reads nothing from it. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html">atlassian-scheduler-api 1.7.0 javadoc of JobRunnerRequest</a>
 */
public interface JobRunnerRequest {}
