package io.github.promisekeeper.jira.setup;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * Runs {@link JiraSetup} when Jira has started or the app was enabled (install, upgrade, re-enable). SAL
 * calls it only because plugin-context.xml exports it as an OSGi service with the LifecycleAware interface.
 * Nothing happens on stop: disabling or uninstalling the app never deletes what users put in Jira.
 */
public class JiraSetupLifecycle implements LifecycleAware {

    /** The optional services the setup calls; without any of them it does not start (the admin page says why). */
    static final List<Class<?>> NEEDS =
            List.of(ClusterLockService.class, AvatarManager.class, IssueLinkTypeManager.class);

    private static final Logger LOG = LoggerFactory.getLogger(JiraSetupLifecycle.class);

    private final JiraSetup setup;
    private final JiraServiceAvailability availability;

    public JiraSetupLifecycle(JiraSetup setup, JiraServiceAvailability availability) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.availability = Objects.requireNonNull(availability, "availability");
    }

    @Override
    public void onStart() {
        List<String> missing = NEEDS.stream()
                .filter(service -> !availability.has(service))
                .map(Class::getSimpleName)
                .toList();
        if (!missing.isEmpty()) {
            // Calling a missing optional reference would block, then fail; half a setup is worse than none.
            LOG.warn("Promise Keeper: Jira setup not run, Jira offers no {} to apps", missing);
            return;
        }
        setup.run();
    }

    @Override
    public void onStop() {
        // Deliberately nothing: the issue type, link type, fields and their values belong to the users now.
    }
}
