package com.atlassian.scheduler.config;

/**
 * Stand-in for {@code com.atlassian.scheduler.config.JobConfig} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): what to run, where and when. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html">atlassian-scheduler-api 1.7.0 javadoc of JobConfig</a>
 */
public final class JobConfig {

    private JobConfig() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** A configuration running the job runner registered under {@code jobRunnerKey}. */
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** This configuration with {@code runMode}. */
    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** This configuration with {@code schedule}. */
    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
