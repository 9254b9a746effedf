package io.github.promisekeeper.jira.panel;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.alert.InMemoryAlertStore;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.InMemoryCommitmentSnapshots;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.alert.AlertFeed;
import io.github.promisekeeper.jira.alert.StoredAlerts;
import io.github.promisekeeper.jira.commitment.IssueCommitments;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.search.FakeJira;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.setup.JiraSchema;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.testing.VelocityTemplates;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The issue panels rendered through their real template with real Velocity. */
class IssuePanelsTest {

    private static final String TEMPLATE = "templates/panel/issue-panel.vm";
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    private final VelocityTemplates velocity = new VelocityTemplates();
    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final Customers customers = mock(Customers.class);
    private final Permissions permissions = mock(Permissions.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final JiraSchema schema = mock(JiraSchema.class);
    private final CustomField customerField = FakeJira.field(10100, "Customer");
    private final EpicDeliveries epics = mock(EpicDeliveries.class);
    private final Commitments ticketCommitments = mock(Commitments.class);
    private final InMemoryAlertStore alertStore = new InMemoryAlertStore();
    private final StoredAlerts storedAlerts = new StoredAlerts(alertStore);
    /** The issues the viewer may open, as Jira's search would say: all the tests name but SEC-9. */
    private final Set<IssueKey> openable =
            new HashSet<>(Set.of(IssueKey.of("SC-1"), IssueKey.of("SC-2"), IssueKey.of("SSO-1"), IssueKey.of("SEC-9")));

    private final AlertFeed alertFeed = new AlertFeed(
            alertStore, keys -> keys.stream().filter(openable::contains).collect(Collectors.toSet()));

    IssuePanelsTest() {
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        // The panel's own texts read as their keys with their arguments; reasons and health words, core's texts, in
        // English.
        PropertiesI18nResolver english = new PropertiesI18nResolver();
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            String key = call.getArgument(0);
            Serializable[] arguments =
                    Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length, Serializable[].class);
            return key.startsWith("promise-keeper.reason.")
                    ? english.getText(key, arguments)
                    : key + Arrays.toString(arguments);
        });
        when(schema.customerField()).thenReturn(Optional.of(customerField));
        seesMoney(false);
        // The mock answers a batch lookup as its single lookups are stubbed.
        when(customers.findAllByKey(any())).thenAnswer(call -> {
            Map<CustomerKey, Customer> found = new TreeMap<>();
            call.<Set<CustomerKey>>getArgument(0)
                    .forEach(key -> customers.findByKey(key).ifPresent(c -> found.put(key, c)));
            return found;
        });
    }

    @Test
    void ticketPanelShowsRenewalNoticeAndDaysLeftWithEveryValueEscaped() {
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "<script>alert('x')</script> & Co", TODAY.plusDays(45), 30)));

        String html = render(customerPanel(), ticket(Map.of("customfield_10100", "ACME")));

        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;&#47;script&gt; &amp; Co (ACME)")
                .doesNotContain("<script>")
                .contains("<dd>2026-03-18</dd>", "<dd>2026-02-16</dd>", "<dd>45</dd>");
    }

    @Test
    void ticketPanelListsTheCustomersOpenCommitmentsWithTheirHealthSoonestFirst() {
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        IssueKey sso = IssueKey.of("SSO-1");
        when(ticketCommitments.findOpenByCustomer(CustomerKey.of("ACME")))
                .thenReturn(List.of(
                        new Commitment(
                                IssueKey.of("SC-2"),
                                CustomerKey.of("ACME"),
                                "Audit <log>",
                                TODAY.plusDays(30),
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                List.of()),
                        new Commitment(
                                IssueKey.of("SC-1"),
                                CustomerKey.of("ACME"),
                                "SSO",
                                TODAY.minusDays(3),
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                List.of(sso))));
        when(epics.findByKeys(Set.of(sso))).thenReturn(Map.of(sso, EpicDelivery.open(sso, "SSO", 4, List.of(), null)));

        String html = render(customerPanel(), ticket(Map.of("customfield_10100", "ACME")));

        assertThat(html).contains("<dt>promise-keeper.panel.open-commitments</dt><dd>2</dd>");
        assertThat(html)
                .containsSubsequence(
                        "SC-1, SSO, ACME, 2026-01-29, overdue",
                        "SC-2, Audit &lt;log&gt;, ACME, 2026-03-03, no delivery plan");
        Mockito.verify(epics, Mockito.times(1)).findByKeys(any());
    }

    @Test
    void ticketPanelShowsTenCommitmentsAndSaysHowManyMoreThereAre() {
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        when(ticketCommitments.findOpenByCustomer(CustomerKey.of("ACME")))
                .thenReturn(IntStream.rangeClosed(1, 12)
                        .mapToObj(i -> new Commitment(
                                IssueKey.of("SC-" + i),
                                CustomerKey.of("ACME"),
                                "P" + i,
                                TODAY.plusDays(i),
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                List.of()))
                        .toList());

        String html = render(customerPanel(), ticket(Map.of("customfield_10100", "ACME")));

        assertThat(html)
                .contains("<dd>12</dd>", "SC-10, P10", "promise-keeper.panel.more-commitments[2]")
                .doesNotContain("SC-11,")
                .doesNotContain("SC-12,");
    }

    @Test
    void ticketPanelShowsValueOnlyToViewersAllowedToSeeMoney() {
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        CustomerPanelContextProvider panel = customerPanel();
        Map<String, Object> context = ticket(Map.of("customfield_10100", "ACME"));

        assertThat(render(panel, context)).doesNotContain("120000").doesNotContain("promise-keeper.panel.value");
        seesMoney(true);
        assertThat(render(panel, context)).contains("<dt>promise-keeper.panel.value</dt><dd>120000.00 EUR</dd>");
    }

    @Test
    void ticketPanelIsEmptyWithoutACustomerOrForAnUnknownOne() {
        CustomerPanelContextProvider panel = customerPanel();

        assertThat(render(panel, ticket(Map.of()))).isBlank();
        assertThat(render(panel, ticket(Map.of("customfield_10100", "GONE")))).isBlank();
        assertThat(render(panel, Map.of())).isBlank();
    }

    @Test
    void readsItsDataOnceWhenJiraAsksTheConditionAndThenTheContextProviderWithOneContext() {
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        CustomerPanelContextProvider panel = customerPanel();
        Map<String, Object> context = new HashMap<>(ticket(Map.of("customfield_10100", "ACME")));

        assertThat(panel.shouldDisplay(context)).isTrue();
        assertThat(velocity.render(TEMPLATE, panel.getContextMap(context))).contains("Acme (ACME)");

        Mockito.verify(customers, Mockito.times(1)).findByKey(CustomerKey.of("ACME"));
        context.put("issue", FakeJira.issue(8, "SUP-2", "Other", "new", Map.of()));
        assertThat(panel.shouldDisplay(context))
                .as("another issue in the same map is looked at afresh")
                .isFalse();
    }

    @Test
    void panelIsShownOnlyWhenItHasSomethingToSay() {
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        CustomerPanelContextProvider panel = customerPanel();

        assertThat(panel.shouldDisplay(ticket(Map.of("customfield_10100", "ACME"))))
                .isTrue();
        assertThat(panel.shouldDisplay(ticket(Map.of()))).isFalse();
        Commitments none = mock(Commitments.class);
        when(none.findByEpic(any())).thenReturn(List.of());
        assertThat(epicPanel(none).shouldDisplay(Map.of("issue", FakeJira.issue(7, "SSO-1", "SSO", "new", Map.of()))))
                .isFalse();
    }

    @Test
    void commitmentPanelShowsEpicProgressForecastAndHealthWithReasons() {
        IssueCommitments commitments = mock(IssueCommitments.class);
        IssueKey epic = IssueKey.of("SSO-1");
        Issue issue = FakeJira.issue(42, "SC-1", "SSO", "new", Map.of());
        when(commitments.of(issue))
                .thenReturn(Optional.of(new Commitment(
                        IssueKey.of("SC-1"),
                        CustomerKey.of("ACME"),
                        "SSO",
                        TODAY.minusDays(2),
                        "Sam",
                        Optional.of(Money.of("100000", "EUR")),
                        Optional.of(TODAY.plusDays(30)),
                        List.of(epic))));
        when(epics.findByKeys(Set.of(epic)))
                .thenReturn(Map.of(
                        epic, EpicDelivery.open(epic, "Single <sign-on>", 4, List.of(TODAY.minusDays(3)), null)));
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));

        String html = render(
                commitmentPanel(
                        commitments, new CommitmentHealthCheck(mock(Commitments.class), epics, customers, clock), i18n),
                Map.of("issue", issue));

        assertThat(html)
                .contains("<dt>promise-keeper.panel.promised</dt><dd>2026-01-30</dd>")
                .contains("<dd>2026-03-03</dd>", "<dd>2026-03-18</dd>")
                .contains("SSO-1 &#39;Single &lt;sign-on&gt;&#39;, 1, 4")
                .contains("promise-keeper.panel.health[overdue")
                .doesNotContain("100000");
    }

    @Test
    void commitmentPanelOverTheJiraAdaptersNeverShowsAnEpicTheViewerMayNotOpen() {
        FakeJira jira = new FakeJira();
        CustomField promisedField = FakeJira.field(10101, "Promised Date");
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn("10500");
        IssueLinkType delivery = mock(IssueLinkType.class);
        when(delivery.getId()).thenReturn(10600L);
        when(schema.commitments())
                .thenReturn(Optional.of(new JiraSchema.CommitmentSchema(type, customerField, promisedField, delivery)));
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(TODAY.plusDays(20).atStartOfDay())));
        when(promise.getIssueType()).thenReturn(type);
        Issue visible = FakeJira.issue(900, "SSO-1", "Single sign-on", "indeterminate", Map.of());
        Issue secret = FakeJira.issue(
                901,
                "SEC-9",
                "Embargoed CVE fix",
                "indeterminate",
                Map.of(),
                null,
                Timestamp.valueOf(TODAY.plusDays(90).atStartOfDay()));
        IssueLinkManager links = mock(IssueLinkManager.class);
        List<IssueLink> outward = List.of(link(visible), link(secret));
        when(links.getOutwardLinks(42L)).thenReturn(outward);
        PermissionManager permissionManager = mock(PermissionManager.class);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, visible, jira.viewer))
                .thenReturn(true);
        // Jira's search as the viewer returns only what they may browse, whatever the JQL names.
        jira.answering(jql -> jql.startsWith("issuekey") ? List.of(visible) : List.of());
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        JiraCommitments commitments = new JiraCommitments(
                jira.jqlSearch(),
                schema,
                links,
                new InMemoryCommitmentSnapshots(),
                new IssueVisibility(permissionManager, jira.authentication));
        EpicDeliveries deliveries =
                new JiraEpicDeliveries(jira.jqlSearch(), customFields, EpicChildrenQuery::jiraSoftware, clock);

        // The real English texts: the health note's reasons are written through them.
        String html = render(
                commitmentPanel(
                        commitments,
                        new CommitmentHealthCheck(commitments, deliveries, customers, clock),
                        new PropertiesI18nResolver()),
                Map.of("issue", promise));

        assertThat(html)
                .contains("SSO-1 &#39;Single sign-on&#39;")
                .contains("1 delivering epic you cannot open in Jira left out")
                .doesNotContain("SEC-9")
                .doesNotContain("Embargoed");
        assertThat(jira.searched).singleElement().isEqualTo("issuekey in (\"SSO-1\")");
    }

    private static IssueLink link(Issue epic) {
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(10600L);
        when(link.getDestinationObject()).thenReturn(epic);
        return link;
    }

    @Test
    void commitmentPanelIsEmptyOnOtherIssues() {
        IssueCommitments commitments = mock(IssueCommitments.class);
        when(commitments.of(any())).thenReturn(Optional.empty());

        assertThat(render(
                        commitmentPanel(
                                commitments,
                                new CommitmentHealthCheck(mock(Commitments.class), epics, customers, clock),
                                i18n),
                        Map.of("issue", FakeJira.issue(1, "BUG-1", "", "new", Map.of()))))
                .isBlank();
    }

    @Test
    void epicPanelRollsUpCustomersDatesAndValueForPermittedViewers() {
        Commitments commitments = mock(Commitments.class);
        IssueKey epic = IssueKey.of("SSO-1");
        when(commitments.findByEpic(epic))
                .thenReturn(List.of(
                        new Commitment(
                                IssueKey.of("SC-2"),
                                CustomerKey.of("GLOBEX"),
                                "SSO \"now\"",
                                TODAY.plusDays(20),
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                List.of(epic)),
                        new Commitment(
                                IssueKey.of("SC-1"),
                                CustomerKey.of("ACME"),
                                "SSO",
                                TODAY.plusDays(10),
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                List.of(epic))));
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        when(customers.findByKey(CustomerKey.of("GLOBEX")))
                .thenReturn(Optional.of(customer("GLOBEX", "Globex", TODAY.plusDays(90), 60)));
        seesMoney(true);

        String html =
                render(epicPanel(commitments), Map.of("issue", FakeJira.issue(7, "SSO-1", "SSO", "new", Map.of())));

        assertThat(html)
                .contains(
                        "<dd>ACME, GLOBEX</dd>", "<dd>2026-02-11</dd>", "<dd>2026-02-16</dd>", "<dd>240000.00 EUR</dd>")
                .contains("SC-2, SSO &quot;now&quot;, GLOBEX");
    }

    @Test
    void commitmentPanelWritesHealthWordsAndTheEpicInTheViewersLanguage() {
        IssueCommitments commitments = mock(IssueCommitments.class);
        IssueKey epic = IssueKey.of("SSO-1");
        Issue issue = FakeJira.issue(42, "SC-1", "SSO", "new", Map.of());
        when(commitments.of(issue))
                .thenReturn(Optional.of(new Commitment(
                        IssueKey.of("SC-1"),
                        CustomerKey.of("ACME"),
                        "SSO",
                        TODAY.minusDays(2),
                        "Sam",
                        Optional.empty(),
                        Optional.empty(),
                        List.of(epic))));
        when(epics.findByKeys(Set.of(epic)))
                .thenReturn(
                        Map.of(epic, EpicDelivery.open(epic, "Single sign-on", 4, List.of(TODAY.minusDays(3)), null)));
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        I18nResolver german = TranslatedI18nResolver.german(Map.of(
                "promise-keeper.reason.health-label.overdue", "überfällig",
                "promise-keeper.reason.epic.label", "{0} „{1}“",
                "promise-keeper.panel.health", "Zustand: {0}. {1}"));

        String html = render(
                commitmentPanel(
                        commitments,
                        new CommitmentHealthCheck(mock(Commitments.class), epics, customers, clock),
                        german),
                Map.of("issue", issue));

        assertThat(html)
                .contains("SSO-1 „Single sign-on“: 1 of 4 done, forecast")
                .contains("(überfällig)</li>")
                .contains("Zustand: überfällig. SSO-1 „Single sign-on“ still open")
                .doesNotContain("overdue");
    }

    @Test
    void ticketPanelWritesEachCommitmentsHealthInTheViewersLanguage() {
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        when(ticketCommitments.findOpenByCustomer(CustomerKey.of("ACME")))
                .thenReturn(List.of(new Commitment(
                        IssueKey.of("SC-2"),
                        CustomerKey.of("ACME"),
                        "Audit log",
                        TODAY.plusDays(30),
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        List.of())));

        String html = render(
                new CustomerPanelContextProvider(
                        schema,
                        customers,
                        new CommitmentHealthCheck(ticketCommitments, epics, customers, clock),
                        defaultSettings(),
                        permissions,
                        TranslatedI18nResolver.german(
                                Map.of("promise-keeper.reason.health-label.no-delivery-plan", "kein Lieferplan")),
                        clock),
                ticket(Map.of("customfield_10100", "ACME")));

        assertThat(html).contains("SC-2 Audit log: ACME, promised for 2026-03-03, kein Lieferplan");
    }

    @Test
    void epicPanelGivesEachCommitmentItsHealthFromAllItsEpicsReadInOneCall() {
        Commitments commitments = mock(Commitments.class);
        IssueKey sso = IssueKey.of("SSO-1");
        IssueKey audit = IssueKey.of("AUD-1");
        when(commitments.findByEpic(sso))
                .thenReturn(List.of(
                        new Commitment(
                                IssueKey.of("SC-1"),
                                CustomerKey.of("ACME"),
                                "SSO",
                                TODAY.plusDays(10),
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                List.of(sso, audit)),
                        new Commitment(
                                IssueKey.of("SC-2"),
                                CustomerKey.of("GLOBEX"),
                                "SSO too",
                                TODAY.minusDays(3),
                                "",
                                Optional.empty(),
                                Optional.empty(),
                                List.of(sso))));
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        when(customers.findByKey(CustomerKey.of("GLOBEX")))
                .thenReturn(Optional.of(customer("GLOBEX", "Globex", TODAY.plusDays(90), 60)));
        when(epics.findByKeys(Set.of(sso, audit)))
                .thenReturn(Map.of(
                        sso,
                                new EpicDelivery(
                                        sso,
                                        "SSO epic",
                                        Optional.of(TODAY.minusDays(20)),
                                        4,
                                        4,
                                        Optional.empty(),
                                        List.of(TODAY.minusDays(20)),
                                        Optional.empty()),
                        audit,
                                new EpicDelivery(
                                        audit,
                                        "Audit epic",
                                        Optional.empty(),
                                        2,
                                        0,
                                        Optional.empty(),
                                        List.of(),
                                        Optional.of(TODAY.plusDays(30)))));

        String html =
                render(epicPanel(commitments), Map.of("issue", FakeJira.issue(7, "SSO-1", "SSO", "new", Map.of())));

        assertThat(html)
                .contains("SC-2, SSO too, GLOBEX, 2026-01-29, delivered")
                .contains("SC-1, SSO, ACME, 2026-02-11, at risk");
        Mockito.verify(epics, Mockito.times(1)).findByKeys(any());
    }

    @Test
    void epicPanelIsEmptyWhenTheEpicDeliversNothing() {
        Commitments commitments = mock(Commitments.class);
        when(commitments.findByEpic(any())).thenReturn(List.of());

        assertThat(render(epicPanel(commitments), Map.of("issue", FakeJira.issue(7, "SSO-1", "SSO", "new", Map.of()))))
                .isBlank();
    }

    private CustomerPanelContextProvider customerPanel() {
        return new CustomerPanelContextProvider(
                schema,
                customers,
                new CommitmentHealthCheck(ticketCommitments, epics, customers, clock),
                defaultSettings(),
                permissions,
                i18n,
                clock);
    }

    private CommitmentPanelContextProvider commitmentPanel(
            IssueCommitments commitments, CommitmentHealthCheck healthCheck, I18nResolver texts) {
        return new CommitmentPanelContextProvider(
                commitments, healthCheck, defaultSettings(), permissions, texts, clock, alertFeed);
    }

    /** The commitment SC-1 to Acme, with no epics, as the commitment panel's tests of its history read it. */
    private IssueCommitments promiseSc1(Issue issue) {
        IssueCommitments commitments = mock(IssueCommitments.class);
        when(commitments.of(issue))
                .thenReturn(Optional.of(new Commitment(
                        IssueKey.of("SC-1"),
                        CustomerKey.of("ACME"),
                        "SSO",
                        TODAY.plusDays(20),
                        "Sam",
                        Optional.empty(),
                        Optional.empty(),
                        List.of())));
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(customer("ACME", "Acme", TODAY.plusDays(45), 30)));
        return commitments;
    }

    @Test
    void commitmentPanelListsItsAlertHistoryNewestFirstOpenAndResolvedWithDatesEscaped() {
        Issue issue = FakeJira.issue(42, "SC-1", "SSO", "new", Map.of());
        StoredAlert first =
                storedAlerts.healthWorsened("ACME", "Acme", "SC-1", "<script>alert(1)</script>", TODAY.minusDays(9));
        storedAlerts.resolve(first, TODAY.minusDays(4));
        storedAlerts.forecastPastPromise("ACME", "SC-1", "SSO-1", TODAY.minusDays(2));
        storedAlerts.healthWorsened("ACME", "Acme", "SC-2", "Another promise", TODAY.minusDays(1));
        storedAlerts.renewalMoved("ACME", "Acme", TODAY.minusDays(1));
        IssueCommitments commitments = promiseSc1(issue);

        String html = render(
                commitmentPanel(
                        commitments,
                        new CommitmentHealthCheck(mock(Commitments.class), epics, customers, clock),
                        new PropertiesI18nResolver()),
                Map.of("issue", issue));

        assertThat(html).contains("<h3 class=\"pk-issue-panel-changes-title\">What changed</h3>");
        assertThat(html)
                .containsSubsequence(
                        "<li data-pk-alert-state=\"open\">2026-01-30 \u00b7 Forecast past promise: SC-1 &#39;Promise SC-1&#39;: SSO-1 forecast moved from",
                        "(open)</li>",
                        "<li data-pk-alert-state=\"resolved\">2026-01-23 \u00b7 Health worsened: SC-1 &#39;&lt;script&gt;alert(1)&lt;&#47;script&gt;&#39; went from on track to at risk (resolved 2026-01-28)</li>")
                .doesNotContain("<script>")
                .doesNotContain("Another promise")
                .doesNotContain("renewal moved");
    }

    @Test
    void commitmentPanelSaysNoChangesAreRecordedWhenItHasNoAlerts() {
        Issue issue = FakeJira.issue(42, "SC-1", "SSO", "new", Map.of());
        storedAlerts.healthWorsened("ACME", "Acme", "SC-2", "Another promise", TODAY.minusDays(1));

        String html = render(
                commitmentPanel(
                        promiseSc1(issue),
                        new CommitmentHealthCheck(mock(Commitments.class), epics, customers, clock),
                        new PropertiesI18nResolver()),
                Map.of("issue", issue));

        assertThat(html)
                .contains("What changed</h3><p class=\"pk-issue-panel-no-changes\">No changes recorded.</p>")
                .doesNotContain("Another promise");
    }

    @Test
    void commitmentPanelLeavesOutAnAlertNamingAnEpicTheViewerMayNotOpen() {
        Issue issue = FakeJira.issue(42, "SC-1", "SSO", "new", Map.of());
        storedAlerts.forecastPastPromise("ACME", "SC-1", "SEC-9", TODAY.minusDays(2));
        storedAlerts.healthWorsened("ACME", "Acme", "SC-1", "SSO", TODAY.minusDays(1));
        openable.remove(IssueKey.of("SEC-9"));

        String html = render(
                commitmentPanel(
                        promiseSc1(issue),
                        new CommitmentHealthCheck(mock(Commitments.class), epics, customers, clock),
                        new PropertiesI18nResolver()),
                Map.of("issue", issue));

        assertThat(html).contains("Health worsened").doesNotContain("SEC-9").doesNotContain("Forecast past promise");
    }

    private static SettingsStore defaultSettings() {
        return new SettingsStore(new InMemoryPluginSettings().factory());
    }

    /** The epic panel with the site's reporting currency set to EUR, the currency of the test contracts. */
    private EpicPanelContextProvider epicPanel(Commitments commitments) {
        SettingsStore settings = new SettingsStore(new InMemoryPluginSettings().factory());
        PromiseKeeperSettings defaults = PromiseKeeperSettings.defaults();
        settings.save(new PromiseKeeperSettings(
                defaults.defaultDays(), defaults.basis(), "EUR", Map.of(), defaults.groups()));
        return new EpicPanelContextProvider(
                new CommitmentHealthCheck(commitments, epics, customers, clock), settings, permissions, i18n);
    }

    private String render(ContextProvider provider, Map<String, Object> context) {
        return velocity.render(TEMPLATE, provider.getContextMap(context));
    }

    private Map<String, Object> ticket(Map<String, Object> fields) {
        return Map.of("issue", FakeJira.issue(1, "SUP-1", "Broken", "new", fields));
    }

    private void seesMoney(boolean money) {
        when(permissions.viewer()).thenReturn(new Viewer(null, true, true, money, false));
    }

    private static Customer customer(String key, String name, LocalDate renewal, int noticeDays) {
        return new Customer(
                CustomerKey.of(key),
                name,
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "K-" + key,
                        null,
                        renewal,
                        Money.of("120000", "EUR"),
                        noticeDays,
                        false,
                        ContractStatus.ACTIVE)));
    }
}
