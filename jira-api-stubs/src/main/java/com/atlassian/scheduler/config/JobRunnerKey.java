package com.atlassian.scheduler.config;

/**
 * Stand-in for {@code com.atlassian.scheduler.config.JobRunnerKey} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): the key a job runner is registered under. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html">atlassian-scheduler-api 1.7.0 javadoc of JobRunnerKey</a>
 */
public final class JobRunnerKey {

    private JobRunnerKey() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The key for {@code key}. */
    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
