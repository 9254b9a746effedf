package io.github.promisekeeper.jira.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.core.alert.AlertListener;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.alert.AlertFeed;
import io.github.promisekeeper.jira.alert.AlertSettingsStore;
import io.github.promisekeeper.jira.alert.OpenableIssues;
import io.github.promisekeeper.jira.alert.SlipCheckJob;
import io.github.promisekeeper.jira.alert.SlipChecks;
import io.github.promisekeeper.jira.alert.ao.AoAlertStore;
import io.github.promisekeeper.jira.alert.jira.JiraOpenableIssues;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.setup.JiraSchema;
import io.github.promisekeeper.jira.ticket.JiraTickets;
import io.github.promisekeeper.jira.ticket.TicketsAsSearcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/**
 * Slip alerts: their storage, which of them a viewer may see, their settings, the check that raises them and the
 * daily job that runs it. The listeners the check tells of stored alerts (mail after the commit, a webhook outbox
 * inside the transaction) are whatever beans of {@link AlertListener} and {@link AlertTransactionListener} the
 * context holds when a check runs.
 */
@Configuration(proxyBeanMethods = false)
public class AlertConfig {

    @Bean
    public AlertStore alertStore(ActiveObjects activeObjects) {
        return new AoAlertStore(activeObjects);
    }

    /** Which issues the viewer may open: one search as the viewer per 500 keys. */
    @Bean
    public OpenableIssues openableIssues(JqlSearch jqlSearch) {
        return new JiraOpenableIssues(jqlSearch);
    }

    /** The alerts a viewer may see, for the REST list, the dashboard item and the commitment panel. */
    @Bean
    public AlertFeed alertFeed(AlertStore alertStore, OpenableIssues openableIssues) {
        return new AlertFeed(alertStore, openableIssues);
    }

    @Bean
    public AlertSettingsStore alertSettingsStore(
            PluginSettingsFactory pluginSettingsFactory, SettingsHistory settingsHistory) {
        return new AlertSettingsStore(pluginSettingsFactory, settingsHistory);
    }

    /** Tickets as a named user, over the same search as the other Jira adapters. */
    @Bean
    public TicketsAsSearcher ticketsAsSearcher(JqlSearch jqlSearch, JiraSchema jiraSchema) {
        JiraTickets tickets = new JiraTickets(jqlSearch, jiraSchema);
        return tickets::as;
    }

    @Bean
    public SlipChecks slipChecks(
            ReadsAsSearcher readsAsSearcher,
            TicketsAsSearcher ticketsAsSearcher,
            Customers customers,
            AlertStore alertStore,
            AlertSettingsStore alertSettingsStore,
            SettingsStore settingsStore,
            ObjectProvider<AlertListener> alertListeners,
            ObjectProvider<AlertTransactionListener> alertTransactionListeners,
            UserManager jiraUserManager,
            Clock siteClock) {
        return new SlipChecks(
                readsAsSearcher,
                ticketsAsSearcher,
                customers,
                alertStore,
                alertSettingsStore,
                settingsStore,
                () -> alertListeners.orderedStream().toList(),
                () -> {
                    // Each one hears inside the transaction, in order; none declared: nothing to hear.
                    List<AlertTransactionListener> inTransaction =
                            alertTransactionListeners.orderedStream().toList();
                    return changes -> inTransaction.forEach(listener -> listener.alertsStoring(changes));
                },
                jiraUserManager,
                siteClock);
    }

    /** Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml: registers and schedules the check. */
    @Bean
    public SlipCheckJob slipCheckJob(
            SchedulerService schedulerService,
            SlipChecks slipChecks,
            AlertSettingsStore alertSettingsStore,
            Clock siteClock) {
        return new SlipCheckJob(schedulerService, slipChecks, alertSettingsStore, siteClock);
    }
}
