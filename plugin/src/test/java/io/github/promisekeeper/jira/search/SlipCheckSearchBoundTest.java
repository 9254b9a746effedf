package io.github.promisekeeper.jira.search;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.security.PermissionManager;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.InMemoryAlertStore;
import io.github.promisekeeper.core.alert.SlipCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.InMemoryCommitmentSnapshots;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.setup.JiraSchema;
import io.github.promisekeeper.jira.ticket.JiraTickets;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The slip check over the Jira adapters for 1,000 customers and 5,000 open commitments (two epics each): the
 * number of Jira searches grows with the pages of 1,000 results Jira hands out, never with the commitments.
 */
class SlipCheckSearchBoundTest {

    private static final int CUSTOMERS = 1000;
    private static final int COMMITMENTS = 5000;
    private static final Pattern QUOTED_EPIC = Pattern.compile("\"(EP-\\d+)\"");

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final FakeJira jira = new FakeJira();
    private final CustomField customerField = FakeJira.field(10100, "Customer");
    private final CustomField promisedField = FakeJira.field(10101, "Promised Date");
    private final CustomField epicLink = FakeJira.field(10200, "Epic Link");
    private final List<Issue> openCommitments = IntStream.range(0, COMMITMENTS)
            .mapToObj(i -> FakeJira.issue(
                    100_000 + i,
                    "SC-" + (i + 1),
                    "promise",
                    "new",
                    Map.of(
                            "customfield_10100",
                            "C" + (i % CUSTOMERS),
                            "customfield_10101",
                            Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0)))))
            .toList();

    @Test
    void aThousandCustomersWithFiveThousandCommitmentsTakeSearchesByThePageNotByTheCommitment() {
        jira.answering(this::answer);
        SlipCheck check = check();

        AlertChanges baseline = check.run(AlertSettings.DEFAULTS, radarSettings(), window());

        assertThat(baseline.raised()).isEmpty();
        // 6 pages of open commitments (the sixth finds none) + 10 slices of 500 commitments × 2 chunks of 500 epics ×
        // (epics + children) + the radar: 2 ticket and 2 commitment searches for 1,000 customers (their epics: none).
        assertThat(jira.searched)
                .hasSize(6 + 40 + 2 + 2)
                .filteredOn(jql -> jql.contains("ORDER BY key"))
                .hasSize(6);
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    private List<Issue> answer(String jql) {
        if (jql.startsWith("issuetype") && jql.contains("ORDER BY key")) {
            int from = jira.lastStart;
            return openCommitments.subList(Math.min(from, COMMITMENTS), Math.min(from + jira.lastMax, COMMITMENTS));
        }
        if (jql.startsWith("issuekey")) {
            List<Issue> epics = new ArrayList<>();
            Matcher epic = QUOTED_EPIC.matcher(jql);
            while (epic.find()) {
                epics.add(FakeJira.issue(1, epic.group(1), "epic", "indeterminate", Map.of()));
            }
            return epics;
        }
        return List.of();
    }

    private SlipCheck check() {
        Customers customers = mock(Customers.class);
        Map<CustomerKey, Customer> byKey = new LinkedHashMap<>();
        IntStream.range(0, CUSTOMERS)
                .forEach(i -> byKey.put(
                        CustomerKey.of("C" + i),
                        new Customer(
                                CustomerKey.of("C" + i),
                                "Customer " + i,
                                null,
                                Set.of(),
                                null,
                                null,
                                List.of(new Contract(
                                        "K" + i,
                                        null,
                                        LocalDate.of(2026, 3, 15),
                                        Money.of("1000", "EUR"),
                                        30,
                                        false,
                                        ContractStatus.ACTIVE)))));
        when(customers.findAllByKey(any())).thenReturn(byKey);
        when(customers.renewingBetween(any(), any(), anyInt())).thenReturn(List.copyOf(byKey.values()));

        JiraSchema schema = mock(JiraSchema.class);
        IssueType type =
                mock(IssueType.class, call -> "getId".equals(call.getMethod().getName()) ? "10500" : null);
        IssueLinkType link =
                mock(IssueLinkType.class, call -> switch (call.getMethod().getName()) {
                    case "getId" -> 10600L;
                    case "getInward" -> "delivers commitment";
                    default -> null;
                });
        when(schema.customerField()).thenReturn(Optional.of(customerField));
        when(schema.commitments())
                .thenReturn(Optional.of(new JiraSchema.CommitmentSchema(type, customerField, promisedField, link)));

        IssueLinkManager links = mock(IssueLinkManager.class);
        when(links.getOutwardLinks(anyLong())).thenAnswer(call -> {
            long i = call.<Long>getArgument(0) - 100_000;
            return List.of(epicLink(2 * i + 1), epicLink(2 * i + 2));
        });
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        PermissionManager browseAll = mock(PermissionManager.class);
        when(browseAll.hasPermission(any(), any(), any())).thenReturn(true);

        JqlSearch search = jira.jqlSearch();
        JiraCommitments commitments = new JiraCommitments(
                search,
                schema,
                links,
                new InMemoryCommitmentSnapshots(),
                new IssueVisibility(browseAll, jira.authentication));
        JiraEpicDeliveries epics = new JiraEpicDeliveries(search, customFields, EpicChildrenQuery::jiraSoftware, clock);
        return new SlipCheck(
                new CommitmentHealthCheck(commitments.as(jira.viewer), epics.as(jira.viewer), customers, clock),
                new RenewalRadar(
                        customers,
                        new JiraTickets(search, schema).as(jira.viewer),
                        commitments.as(jira.viewer),
                        epics.as(jira.viewer),
                        clock),
                new InMemoryAlertStore(),
                AlertTransactionListener.NONE,
                List.of(),
                clock);
    }

    private static RadarSettings radarSettings() {
        return RadarSettings.defaults(new ExchangeRates(Currency.getInstance("EUR"), Map.of()));
    }

    private static RadarRequest window() {
        return new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), false);
    }

    private static IssueLink epicLink(long number) {
        Issue epic = FakeJira.issue(number, "EP-" + number, "", "new", Map.of());
        return mock(IssueLink.class, call -> switch (call.getMethod().getName()) {
            case "getLinkTypeId" -> 10600L;
            case "getDestinationObject" -> epic;
            default -> null;
        });
    }
}
