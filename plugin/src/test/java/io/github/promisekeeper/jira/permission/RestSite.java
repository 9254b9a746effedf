package io.github.promisekeeper.jira.permission;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.scheduler.SchedulerServiceException;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.InMemoryCommitments;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.scorecard.PromiseScorecard;
import io.github.promisekeeper.core.ticket.InMemoryTickets;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.rest.CommitmentQueries;
import io.github.promisekeeper.jira.commitment.rest.CommitmentsCsvResource;
import io.github.promisekeeper.jira.commitment.rest.CommitmentsResource;
import io.github.promisekeeper.jira.commitment.rest.EpicCommitmentsResource;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfill;
import io.github.promisekeeper.jira.customer.autofill.CustomerBackfillJob;
import io.github.promisekeeper.jira.customer.autofill.rest.BackfillResource;
import io.github.promisekeeper.jira.customer.rest.CustomersResource;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.importer.CustomerImport;
import io.github.promisekeeper.jira.importer.InMemoryClusterLocks;
import io.github.promisekeeper.jira.importer.rest.ImportBusyMapper;
import io.github.promisekeeper.jira.importer.rest.ImportRejectedMapper;
import io.github.promisekeeper.jira.importer.rest.ImportResource;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.radar.rest.InvalidScopeMapper;
import io.github.promisekeeper.jira.radar.rest.RadarCsvResource;
import io.github.promisekeeper.jira.radar.rest.RadarResource;
import io.github.promisekeeper.jira.scorecard.rest.ScorecardResource;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.InMemorySettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsEditor;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.settings.rest.SettingsResource;
import io.github.promisekeeper.jira.testing.InProcessJaxRs;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.rest.AccessDeniedMapper;
import io.github.promisekeeper.jira.web.rest.BadInputMapper;
import io.github.promisekeeper.jira.web.rest.BadParameterMapper;
import io.github.promisekeeper.jira.web.rest.ConflictMapper;
import io.github.promisekeeper.jira.web.rest.HttpErrorMapper;
import io.github.promisekeeper.jira.web.rest.TooLargeMapper;
import io.github.promisekeeper.jira.web.rest.UnexpectedErrorMapper;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every Promise Keeper REST resource wired as in the plugin, over in-memory stores, with one customer. */
final class RestSite {

    /** One request per endpoint the role matrix exercises. */
    enum Call {
        LIST_CUSTOMERS,
        GET_CUSTOMER,
        UPDATE_CUSTOMER,
        SET_CONTRACT_VALUE,
        DELETE_CUSTOMER,
        CUSTOMER_HISTORY,
        IMPORT_DRY_RUN,
        IMPORT_APPLY,
        IMPORT_APPLY_WITH_VALUES,
        RADAR,
        COMMITMENTS,
        ALL_COMMITMENTS,
        EPIC_ROLL_UP,
        SCORECARD,
        GET_SETTINGS,
        PUT_SETTINGS,
        SETTINGS_HISTORY,
        BACKFILL_PROGRESS,
        BACKFILL_START,
        RADAR_CSV,
        COMMITMENTS_CSV
    }

    static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);

    /** Renames ACME, when applied. */
    private static final String IMPORT = """
            customer_key,customer_name,crm_id,contract_id,renewal_date
            ACME,Acme Imported,001A,C-1,2027-03-01
            """;

    /** Renames ACME and gives it a 1.00 USD contract, when applied: needs the money right too. */
    private static final String IMPORT_WITH_VALUES = """
            customer_key,customer_name,crm_id,contract_id,renewal_date,annual_value,currency
            ACME,Acme Imported,001A,C-1,2027-03-01,1.00,USD
            """;

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InProcessJaxRs rest;

    RestSite(UserManager userManager) {
        customers.save(new Customer(
                CustomerKey.of("ACME"),
                "Acme Corp",
                "001A",
                Set.of("acme.com"),
                "gold",
                "sam",
                List.of(new Contract(
                        "C-1",
                        LocalDate.parse("2026-03-01"),
                        LocalDate.parse("2027-03-01"),
                        Money.of("120000.00", "USD"),
                        30,
                        true,
                        ContractStatus.ACTIVE))));
        PropertiesI18nResolver i18n = new PropertiesI18nResolver();
        Json json = new Json();
        JsonResponses responses = new JsonResponses(json);
        Permissions permissions = new Permissions(userManager, () -> Role.GROUPS);
        InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
        SettingsStore settings = new SettingsStore(pluginSettings.factory());
        InMemoryCommitments commitments = new InMemoryCommitments();
        commitments.add(new Commitment(
                IssueKey.of("SC-1"),
                CustomerKey.of("ACME"),
                "SSO",
                LocalDate.parse("2027-02-01"),
                "jane",
                Optional.of(Money.of("120000.00", "USD")),
                Optional.empty(),
                List.of(IssueKey.of("EP-1"))));
        RenewalRadar radar = new RenewalRadar(customers, new InMemoryTickets(), commitments, commitments, TODAY);
        CommitmentQueries queries =
                new CommitmentQueries(new CommitmentHealthCheck(commitments, commitments, customers, TODAY), customers);
        rest = new InProcessJaxRs(
                new CustomersResource(customers, permissions, json, responses, i18n, TODAY),
                new ImportResource(
                        new CustomerImport(
                                customers,
                                new InMemoryClusterLocks(),
                                TODAY,
                                CustomerImport.Limits.DEFAULT,
                                JiraServiceAvailability.all()),
                        permissions,
                        responses,
                        i18n),
                new ImportRejectedMapper(i18n, responses),
                new ImportBusyMapper(i18n, responses),
                new RadarResource(radar, settings, permissions, responses, i18n),
                new RadarCsvResource(radar, settings, permissions, i18n),
                new InvalidScopeMapper(i18n, responses),
                new CommitmentsResource(queries, settings, permissions, responses, i18n, TODAY),
                new CommitmentsCsvResource(queries, settings, permissions, i18n, TODAY),
                new BadParameterMapper(responses),
                new EpicCommitmentsResource(radar, settings, permissions, responses, i18n),
                new ScorecardResource(
                        new PromiseScorecard(
                                new CommitmentHealthCheck(commitments, commitments, customers, TODAY),
                                commitments,
                                commitments,
                                customers,
                                TODAY),
                        settings,
                        permissions,
                        responses,
                        i18n,
                        TODAY),
                settingsResource(settings, pluginSettings, permissions, json, responses, i18n),
                new BackfillResource(backfillJob(), permissions, responses, i18n),
                new AccessDeniedMapper(i18n, responses),
                new BadInputMapper(i18n, responses),
                new ConflictMapper(i18n, responses),
                new TooLargeMapper(i18n, responses),
                new HttpErrorMapper(i18n, responses),
                new UnexpectedErrorMapper(i18n, responses));
    }

    /** A backfill job that starts when asked; what it then does to issues is CustomerBackfillTest's. */
    private static CustomerBackfillJob backfillJob() {
        CustomerBackfillJob job = Mockito.mock(CustomerBackfillJob.class);
        try {
            Mockito.when(job.start(ArgumentMatchers.anyString())).thenReturn(true);
        } catch (SchedulerServiceException e) {
            throw new AssertionError(e);
        }
        Mockito.when(job.progress()).thenReturn(new CustomerBackfill.Progress(CustomerBackfill.Status.SCHEDULED, 0, 0));
        return job;
    }

    InProcessJaxRs.Answer call(Call call) {
        return switch (call) {
            case LIST_CUSTOMERS -> rest.get("customers");
            case GET_CUSTOMER -> rest.get("customers/ACME");
            case UPDATE_CUSTOMER -> rest.send("PUT", "customers/ACME", "application/json", """
                    {"name":"Acme Renamed","crmId":"001A","domains":["acme.com"],"version":1,
                     "contracts":[{"id":"C-1","start":"2026-03-01","renewal":"2027-03-01","noticeDays":30,"autoRenew":true}]}""");
            case SET_CONTRACT_VALUE -> rest.send("PUT", "customers/ACME", "application/json", """
                    {"name":"Acme Renamed","version":1,
                     "contracts":[{"id":"C-1","renewal":"2027-03-01","value":{"amount":"1.00","currency":"USD"}}]}""");
            case DELETE_CUSTOMER -> rest.send("DELETE", "customers/ACME", null, null);
            case CUSTOMER_HISTORY -> rest.get("customers/ACME/history");
            case IMPORT_DRY_RUN -> rest.send("POST", "import", "text/csv", IMPORT);
            case IMPORT_APPLY -> rest.send("POST", "import?dryRun=false", "text/csv", IMPORT);
            case IMPORT_APPLY_WITH_VALUES -> rest.send("POST", "import?dryRun=false", "text/csv", IMPORT_WITH_VALUES);
            case RADAR -> rest.get("radar?days=90");
            case COMMITMENTS -> rest.get("commitments?customer=ACME");
            case ALL_COMMITMENTS -> rest.get("commitments?limit=10");
            case EPIC_ROLL_UP -> rest.get("epics/EP-1/commitments");
            case SCORECARD -> rest.get("scorecard?from=2027-01-01&to=2027-03-31");
            case GET_SETTINGS -> rest.get("settings");
            case PUT_SETTINGS -> rest.send("PUT", "settings", "application/json", "{\"defaultDays\":30}");
            case SETTINGS_HISTORY -> rest.get("settings/history");
            case BACKFILL_PROGRESS -> rest.get("backfill");
            case BACKFILL_START -> rest.send("POST", "backfill", null, null);
            case RADAR_CSV -> rest.get("radar.csv?days=90", "text/csv");
            case COMMITMENTS_CSV -> rest.get("commitments.csv?customer=ACME", "text/csv");
        };
    }

    String acmeName() {
        return customers.findByKey(CustomerKey.of("ACME")).map(Customer::name).orElse("(deleted)");
    }

    private static SettingsResource settingsResource(
            SettingsStore settings,
            InMemoryPluginSettings pluginSettings,
            Permissions permissions,
            Json json,
            JsonResponses responses,
            I18nResolver i18n) {
        EpicChildrenSettings epicChildren = new EpicChildrenSettings(pluginSettings.factory());
        SettingsHistory history = new InMemorySettingsHistory();
        JqlSearch jql = new JqlSearch(Mockito.mock(SearchService.class), Mockito.mock(JiraAuthenticationContext.class));
        return new SettingsResource(
                settings,
                epicChildren,
                new SettingsEditor(settings, epicChildren, jql, history),
                permissions,
                json,
                responses,
                history,
                TODAY,
                i18n);
    }
}
