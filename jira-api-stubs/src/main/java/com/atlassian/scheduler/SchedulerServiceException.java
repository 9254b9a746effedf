package com.atlassian.scheduler;

/**
 * Stand-in for {@code com.atlassian.scheduler.SchedulerServiceException} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): the scheduler could not accept a job. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html">atlassian-scheduler-api 1.7.0 javadoc of SchedulerServiceException</a>
 */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public SchedulerServiceException(String message) {
        super(message);
    }
}
