package com.atlassian.scheduler;

/**
 * Stand-in for {@code com.atlassian.scheduler.JobRunnerResponse} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): how a run ended. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html">atlassian-scheduler-api 1.7.0 javadoc of JobRunnerResponse</a>
 */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** A successful run with a message. */
    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** A failed run with a message. */
    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
