package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Stand-in for {@code com.atlassian.scheduler.config.Schedule} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): when a job runs. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html">atlassian-scheduler-api 1.7.0 javadoc of Schedule</a>
 */
public final class Schedule {

    private Schedule() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** Once, at {@code runTime} (now when {@code null}). */
    public static Schedule runOnce(Date runTime) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** By a cron expression in Quartz syntax (seconds first), in the server's time zone. */
    public static Schedule forCronExpression(String cronExpression) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
