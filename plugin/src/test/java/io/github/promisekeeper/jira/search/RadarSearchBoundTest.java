package io.github.promisekeeper.jira.search;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.security.PermissionManager;
import io.github.promisekeeper.core.commitment.InMemoryCommitmentSnapshots;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RadarReport;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * One Renewal Radar over the Jira adapters: however many customers and epics, the number of Jira searches
 * stays under a constant, because every adapter batches its keys.
 */
class RadarSearchBoundTest {

    /** Tickets, commitments and epic deliveries each run at most this many searches per radar. */
    static final int SEARCHES_PER_RADAR = 3 * JqlSearch.MAX_SEARCHES_PER_CALL;

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final FakeJira jira = new FakeJira();
    private final CustomField customerField = FakeJira.field(10100, "Customer");
    private final CustomField promisedField = FakeJira.field(10101, "Promised Date");
    private final CustomField epicLink = FakeJira.field(10200, "Epic Link");

    @Test
    void aThousandCustomersWithTwoThousandEpicsTakeABoundedNumberOfSearches() {
        int customerCount = 1000;
        RenewalRadar radar = radar(customerCount);
        jira.answering(FakeJira::commitmentsAndEpicsOfCustomers);

        RadarReport report = radar.look(
                new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), true),
                RadarSettings.defaults(new ExchangeRates(Currency.getInstance("EUR"), Map.of())));

        assertThat(report.entries()).hasSize(customerCount);
        // 2 ticket searches + 2 commitment searches + 4 × (epics + children) for 2,000 epics.
        assertThat(jira.searched).hasSize(2 + 2 + 8).hasSizeLessThanOrEqualTo(SEARCHES_PER_RADAR);
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    private RenewalRadar radar(int customerCount) {
        Customers customers = mock(Customers.class);
        List<Customer> renewing = IntStream.range(0, customerCount)
                .mapToObj(i -> new Customer(
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
                                ContractStatus.ACTIVE))))
                .toList();
        when(customers.renewingBetween(any(), any(), anyInt())).thenReturn(renewing);

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
        return new RenewalRadar(
                customers,
                new JiraTickets(search, schema),
                new JiraCommitments(
                        search,
                        schema,
                        links,
                        new InMemoryCommitmentSnapshots(),
                        new IssueVisibility(browseAll, jira.authentication)),
                new JiraEpicDeliveries(search, customFields, EpicChildrenQuery::jiraSoftware, clock),
                clock);
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
