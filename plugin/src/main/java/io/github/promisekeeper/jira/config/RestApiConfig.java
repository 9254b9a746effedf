package io.github.promisekeeper.jira.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.ticket.Tickets;
import io.github.promisekeeper.jira.alert.AlertFeed;
import io.github.promisekeeper.jira.alert.NoAlertStore;
import io.github.promisekeeper.jira.alert.OpenableIssues;
import io.github.promisekeeper.jira.alert.jira.JiraOpenableIssues;
import io.github.promisekeeper.jira.commitment.rest.CommitmentQueries;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.importer.CustomerImport;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.settings.SettingsEditor;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.settings.ao.AoSettingsHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The components of the REST API, the import and permissions, built with constructor injection from
 * the beans of {@link PromiseKeeperConfig} and the Jira services imported in plugin-context.xml.
 */
@Configuration(proxyBeanMethods = false)
public class RestApiConfig {

    @Bean
    public SettingsStore settingsStore(PluginSettingsFactory pluginSettingsFactory) {
        return new SettingsStore(pluginSettingsFactory);
    }

    @Bean
    public SettingsHistory settingsHistory(ActiveObjects activeObjects) {
        return new AoSettingsHistory(activeObjects);
    }

    @Bean
    public SettingsEditor settingsEditor(
            SettingsStore settingsStore,
            EpicChildrenSettings epicChildrenSettings,
            JqlSearch jqlSearch,
            SettingsHistory settingsHistory) {
        return new SettingsEditor(settingsStore, epicChildrenSettings, jqlSearch, settingsHistory);
    }

    /** Who may do what follows the groups stored in the settings, read on every request. */
    @Bean
    public Permissions permissions(UserManager userManager, SettingsStore settingsStore) {
        return new Permissions(userManager, settingsStore);
    }

    @Bean
    public RenewalRadar renewalRadar(
            Customers customers,
            Tickets tickets,
            Commitments commitments,
            EpicDeliveries epicDeliveries,
            Clock siteClock) {
        return new RenewalRadar(customers, tickets, commitments, epicDeliveries, siteClock);
    }

    /** The one commitment-health use case, for REST, the issue panels and the JQL functions alike. */
    @Bean
    public CommitmentHealthCheck commitmentHealthCheck(
            Commitments commitments, EpicDeliveries epicDeliveries, Customers customers, Clock siteClock) {
        return new CommitmentHealthCheck(commitments, epicDeliveries, customers, siteClock);
    }

    @Bean
    public CommitmentQueries commitmentQueries(CommitmentHealthCheck commitmentHealthCheck, Customers customers) {
        return new CommitmentQueries(commitmentHealthCheck, customers);
    }

    @Bean
    public CustomerImport customerImport(
            Customers customers,
            ClusterLockService clusterLockService,
            Clock siteClock,
            JiraServiceAvailability jiraServiceAvailability) {
        return new CustomerImport(
                customers, clusterLockService, siteClock, CustomerImport.Limits.DEFAULT, jiraServiceAvailability);
    }

    /**
     * Where the alert views read alerts: a store holding none until the slip check's Active Objects storage is wired
     * here in its place (the one bean named {@code alertStore}).
     */
    @Bean
    public AlertStore alertStore() {
        return new NoAlertStore();
    }

    @Bean
    public OpenableIssues openableIssues(JqlSearch jqlSearch) {
        return new JiraOpenableIssues(jqlSearch);
    }

    /** The alerts a viewer may see, for the REST list, the dashboard item and the commitment panel. */
    @Bean
    public AlertFeed alertFeed(AlertStore alertStore, OpenableIssues openableIssues) {
        return new AlertFeed(alertStore, openableIssues);
    }
}
