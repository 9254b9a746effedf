package com.atlassian.scheduler.config;

/**
 * Stand-in for {@code com.atlassian.scheduler.config.JobId} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): the id of one scheduled job. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html">atlassian-scheduler-api 1.7.0 javadoc of JobId</a>
 */
public final class JobId {

    private JobId() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The id for {@code id}. */
    public static JobId of(String id) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
