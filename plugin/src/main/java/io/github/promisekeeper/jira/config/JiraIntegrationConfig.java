package io.github.promisekeeper.jira.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.SchedulerService;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.ticket.Tickets;
import io.github.promisekeeper.jira.commitment.IssueCommitments;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.commitment.ao.AoCommitmentSnapshots;
import io.github.promisekeeper.jira.commitment.jira.CommitmentSnapshotRecorder;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.commitment.jira.JiraReadsAsSearcher;
import io.github.promisekeeper.jira.customer.autofill.CustomerAutoFill;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfill;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfillJob;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlValues;
import io.github.promisekeeper.jira.setup.JiraSchema;
import io.github.promisekeeper.jira.setup.JiraSetup;
import io.github.promisekeeper.jira.setup.JiraSetupLifecycle;
import io.github.promisekeeper.jira.ticket.JiraTickets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The Jira integration: the adapters that read tickets, commitments and epics through Jira's search as
 * the viewing user, and the Jira objects (issue type, link type, fields) the app sets up and works with.
 * Jira's services arrive as OSGi references declared in META-INF/spring/plugin-context.xml.
 */
@Configuration(proxyBeanMethods = false)
public class JiraIntegrationConfig {

    @Bean
    public JqlSearch jqlSearch(SearchService searchService, JiraAuthenticationContext authenticationContext) {
        return new JqlSearch(searchService, authenticationContext);
    }

    @Bean
    public JiraSchema jiraSchema(
            PluginSettingsFactory pluginSettingsFactory,
            CustomFieldManager customFieldManager,
            IssueTypeManager issueTypeManager,
            IssueLinkTypeManager issueLinkTypeManager,
            JiraServiceAvailability jiraServiceAvailability) {
        return new JiraSchema(
                pluginSettingsFactory,
                customFieldManager,
                issueTypeManager,
                issueLinkTypeManager,
                jiraServiceAvailability);
    }

    @Bean
    public CommitmentSnapshots commitmentSnapshots(ActiveObjects activeObjects) {
        return new AoCommitmentSnapshots(activeObjects);
    }

    @Bean
    public Tickets tickets(JqlSearch jqlSearch, JiraSchema jiraSchema) {
        return new JiraTickets(jqlSearch, jiraSchema);
    }

    @Bean
    public IssueVisibility issueVisibility(
            PermissionManager permissionManager, JiraAuthenticationContext jiraAuthenticationContext) {
        return new IssueVisibility(permissionManager, jiraAuthenticationContext);
    }

    @Bean
    public JiraCommitments commitments(
            JqlSearch jqlSearch,
            JiraSchema jiraSchema,
            IssueLinkManager issueLinkManager,
            CommitmentSnapshots commitmentSnapshots,
            IssueVisibility issueVisibility) {
        return new JiraCommitments(jqlSearch, jiraSchema, issueLinkManager, commitmentSnapshots, issueVisibility);
    }

    /** The commitment ports as the searcher a JQL function is asked for, over the same adapters. */
    @Bean
    public ReadsAsSearcher readsAsSearcher(JiraCommitments commitments, JiraEpicDeliveries epicDeliveries) {
        return new JiraReadsAsSearcher(commitments, epicDeliveries);
    }

    @Bean
    public EpicChildrenSettings epicChildrenSettings(PluginSettingsFactory pluginSettingsFactory) {
        return new EpicChildrenSettings(pluginSettingsFactory);
    }

    @Bean
    public JiraEpicDeliveries epicDeliveries(
            JqlSearch jqlSearch,
            CustomFieldManager customFieldManager,
            EpicChildrenSettings epicChildrenSettings,
            Clock siteClock) {
        return new JiraEpicDeliveries(jqlSearch, customFieldManager, epicChildrenSettings, siteClock);
    }

    @Bean
    public JiraSetup jiraSetup(
            JiraSchema jiraSchema,
            ClusterLockService clusterLockService,
            IssueTypeManager issueTypeManager,
            IssueLinkTypeManager issueLinkTypeManager,
            CustomFieldManager customFieldManager,
            AvatarManager avatarManager) {
        return new JiraSetup(
                jiraSchema,
                clusterLockService,
                issueTypeManager,
                issueLinkTypeManager,
                customFieldManager,
                avatarManager);
    }

    /** Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml, so SAL calls it at start. */
    @Bean
    public JiraSetupLifecycle jiraSetupLifecycle(JiraSetup jiraSetup, JiraServiceAvailability jiraServiceAvailability) {
        return new JiraSetupLifecycle(jiraSetup, jiraServiceAvailability);
    }

    @Bean
    public JqlValues jqlValues() {
        return new JqlValues();
    }

    /** Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml: listens to issue events while enabled. */
    @Bean
    public CommitmentSnapshotRecorder commitmentSnapshotRecorder(
            EventPublisher eventPublisher,
            IssueCommitments commitments,
            CommitmentSnapshots commitmentSnapshots,
            Customers customers,
            Clock siteClock) {
        return new CommitmentSnapshotRecorder(eventPublisher, commitments, commitmentSnapshots, customers, siteClock);
    }

    /** Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml: fills the customer of new issues. */
    @Bean
    public CustomerAutoFill customerAutoFill(
            EventPublisher eventPublisher,
            JiraSchema jiraSchema,
            Customers customers,
            IssueManager issueManager,
            IssueIndexingService issueIndexingService) {
        return new CustomerAutoFill(eventPublisher, jiraSchema, customers, issueManager, issueIndexingService);
    }

    @Bean
    public CustomerBackfill customerBackfill(
            JqlSearch jqlSearch,
            JiraSchema jiraSchema,
            CustomerAutoFill customerAutoFill,
            PluginSettingsFactory pluginSettingsFactory,
            UserManager jiraUserManager) {
        return new CustomerBackfill(jqlSearch, jiraSchema, customerAutoFill, pluginSettingsFactory, jiraUserManager);
    }

    /** Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml: registers the backfill job runner. */
    @Bean
    public CustomerBackfillJob customerBackfillJob(
            SchedulerService schedulerService, CustomerBackfill customerBackfill) {
        return new CustomerBackfillJob(schedulerService, customerBackfill);
    }
}
