package io.github.promisekeeper.jira.setup;

import com.atlassian.sal.api.lifecycle.LifecycleAware;

import java.util.Objects;

/**
 * Runs {@link JiraSetup} when Jira has started or the app was enabled (install, upgrade, re-enable). SAL
 * calls it only because plugin-context.xml exports it as an OSGi service with the LifecycleAware interface.
 * Nothing happens on stop: disabling or uninstalling the app never deletes what users put in Jira.
 */
public class JiraSetupLifecycle implements LifecycleAware {

    private final JiraSetup setup;

    public JiraSetupLifecycle(JiraSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    @Override
    public void onStart() {
        setup.run();
    }

    @Override
    public void onStop() {
        // Deliberately nothing: the issue type, link type, fields and their values belong to the users now.
    }
}
