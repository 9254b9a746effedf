package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in for {@code com.atlassian.sal.api.lifecycle.LifecycleAware} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the interface an exported component implements to run code once
 * the application has started and before its plugin is disabled.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public interface LifecycleAware {

    /**
     * Called once the application has started (or the plugin was enabled after that).
     */
    void onStart();

    /**
     * Called, only if {@link #onStart()} was, before the plugin is disabled or the framework shuts down.
     */
    void onStop();
}
