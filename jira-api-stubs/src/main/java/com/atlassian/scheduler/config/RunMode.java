package com.atlassian.scheduler.config;

/**
 * Stand-in for {@code com.atlassian.scheduler.config.RunMode} from {@code com.atlassian.scheduler:atlassian-scheduler-api} (Jira 11.3): where a job runs: once in the cluster or on every node. (atlassian-scheduler-api javadoc cited is older than Jira 11's)
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/1.7.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html">atlassian-scheduler-api 1.7.0 javadoc of RunMode</a>
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY;
}
