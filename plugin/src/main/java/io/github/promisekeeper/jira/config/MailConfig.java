package io.github.promisekeeper.jira.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.mail.DigestLedger;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.MailPreferencesStore;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.jira.alert.SlipChecks;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.mail.AlertMailer;
import io.github.promisekeeper.jira.mail.CommitmentIssues;
import io.github.promisekeeper.jira.mail.DigestJob;
import io.github.promisekeeper.jira.mail.DigestMailer;
import io.github.promisekeeper.jira.mail.JiraMailOut;
import io.github.promisekeeper.jira.mail.MailDirectory;
import io.github.promisekeeper.jira.mail.MailRenderer;
import io.github.promisekeeper.jira.mail.MailSettingsStore;
import io.github.promisekeeper.jira.mail.MailTexts;
import io.github.promisekeeper.jira.mail.ao.AoDigestLedger;
import io.github.promisekeeper.jira.mail.ao.AoMailPreferences;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.ticket.TicketsAsSearcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The app's mail: the immediate mail of slips ({@link AlertMailer}, the {@code AlertListener} the slip check calls
 * after it commits), the weekly digest and its hourly job, each user's preferences, and the one adapter to Jira's
 * mail queue. The preview replaces {@link MailOut} with its own SMTP sender.
 */
@Configuration(proxyBeanMethods = false)
public class MailConfig {

    @Bean
    public MailSettingsStore mailSettingsStore(PluginSettingsFactory pluginSettingsFactory) {
        return new MailSettingsStore(pluginSettingsFactory);
    }

    @Bean
    public MailPreferencesStore mailPreferencesStore(ActiveObjects activeObjects) {
        return new AoMailPreferences(activeObjects);
    }

    @Bean
    public DigestLedger digestLedger(ActiveObjects activeObjects, Clock siteClock) {
        return new AoDigestLedger(activeObjects, siteClock);
    }

    @Bean
    public MailOut mailOut(
            MailQueue mailQueue, MailServerManager mailServerManager, JiraServiceAvailability jiraServiceAvailability) {
        return new JiraMailOut(mailQueue, mailServerManager, jiraServiceAvailability);
    }

    @Bean
    public MailDirectory mailDirectory(
            UserManager jiraUserManager,
            GroupManager groupManager,
            WatcherManager watcherManager,
            PermissionManager permissionManager,
            LocaleManager localeManager,
            TimeZoneManager timeZoneManager,
            JiraServiceAvailability jiraServiceAvailability,
            Permissions permissions,
            MailPreferencesStore mailPreferencesStore,
            MailSettingsStore mailSettingsStore) {
        return new MailDirectory(
                jiraUserManager,
                groupManager,
                watcherManager,
                permissionManager,
                localeManager,
                timeZoneManager,
                jiraServiceAvailability,
                permissions,
                mailPreferencesStore,
                mailSettingsStore);
    }

    @Bean
    public MailTexts mailTexts(I18nResolver i18nResolver, ApplicationProperties salApplicationProperties) {
        return new MailTexts(i18nResolver, salApplicationProperties);
    }

    @Bean
    public MailRenderer mailRenderer(TemplateRenderer templateRenderer) {
        return new MailRenderer(templateRenderer);
    }

    /**
     * Reads the issues mails are about as the slip check's searcher (the recorded administrator): the check and the
     * digest run in scheduler threads, where no one is logged in. Each recipient is then checked for browse
     * permission on each issue before it is named to them.
     */
    @Bean
    public CommitmentIssues commitmentIssues(JqlSearch jqlSearch, SlipChecks slipChecks) {
        return new CommitmentIssues(jqlSearch, searcherOf(slipChecks));
    }

    /** The slip check's {@code AlertListener}: mails each worsening after the check has committed it. */
    @Bean
    public AlertMailer alertMailer(
            MailOut mailOut,
            MailDirectory mailDirectory,
            CommitmentIssues commitmentIssues,
            Customers customers,
            MailSettingsStore mailSettingsStore,
            MailTexts mailTexts,
            MailRenderer mailRenderer) {
        return new AlertMailer(
                mailOut, mailDirectory, commitmentIssues, customers, mailSettingsStore, mailTexts, mailRenderer);
    }

    /**
     * The weekly digest. The alerts of the week come from the slip check's {@link AlertStore} when one is wired (the
     * alerts branch provides it); without one the digest lists renewals and promises due only.
     */
    @Bean
    public DigestMailer digestMailer(
            MailOut mailOut,
            MailDirectory mailDirectory,
            CommitmentIssues commitmentIssues,
            Customers customers,
            ReadsAsSearcher readsAsSearcher,
            TicketsAsSearcher ticketsAsSearcher,
            SlipChecks slipChecks,
            SettingsStore settingsStore,
            MailSettingsStore mailSettingsStore,
            ObjectProvider<AlertStore> alertStore,
            DigestLedger digestLedger,
            MailTexts mailTexts,
            MailRenderer mailRenderer,
            Clock siteClock) {
        Function<LocalDate, List<Alert>> alertsSince = since -> {
            AlertStore store = alertStore.getIfAvailable();
            return store == null
                    ? List.of()
                    : store.find(AlertQuery.all(AlertQuery.MAX_LIMIT).since(since)).stream()
                            .map(StoredAlert::alert)
                            .toList();
        };
        // Read once per run as the slip check's searcher: the digest job has no logged-in user.
        Supplier<ApplicationUser> searcher = searcherOf(slipChecks);
        Supplier<Commitments> commitments = () -> readsAsSearcher.commitments(searcher.get());
        Supplier<RenewalRadar> radar = () -> {
            ApplicationUser user = searcher.get();
            Commitments theirs = readsAsSearcher.commitments(user);
            return new RenewalRadar(
                    customers, ticketsAsSearcher.tickets(user), theirs, readsAsSearcher.epics(user), siteClock);
        };
        return new DigestMailer(
                mailOut,
                mailDirectory,
                commitmentIssues,
                customers,
                commitments,
                radar,
                settingsStore,
                mailSettingsStore,
                alertsSince,
                digestLedger,
                mailTexts,
                mailRenderer,
                siteClock);
    }

    /**
     * The slip check's searcher (the recorded administrator) as the mail side reads as, looked up at each read so
     * that a newly recorded administrator counts at once; null when none is recorded or they are gone.
     */
    private static Supplier<ApplicationUser> searcherOf(SlipChecks slipChecks) {
        return () -> slipChecks.searcher().orElse(null);
    }

    /** Exported to SAL as a LifecycleAware OSGi service in plugin-context.xml: registers and schedules the digest. */
    @Bean
    public DigestJob digestJob(SchedulerService schedulerService, DigestMailer digestMailer) {
        return new DigestJob(schedulerService, digestMailer);
    }
}
