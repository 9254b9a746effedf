package io.github.promisekeeper.jira.search;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.security.PermissionManager;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.commitment.InMemoryCommitmentSnapshots;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.commitment.rest.CommitmentQueries;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@code GET /commitments} without a customer over the Jira adapters: however many customers there are, the
 * read runs at most one adapter call's worth of commitment searches and one of epic searches.
 */
class CommitmentsSearchBoundTest {

    /** The commitments adapter and the epic deliveries adapter each run at most this many searches per call. */
    private static final int SEARCHES_PER_READ = 2 * JqlSearch.MAX_SEARCHES_PER_CALL;

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final FakeJira jira = new FakeJira();
    private final CustomField customerField = FakeJira.field(10100, "Customer");
    private final CustomField promisedField = FakeJira.field(10101, "Promised Date");
    private final CustomField epicLink = FakeJira.field(10200, "Epic Link");
    private final ThroughputForecast forecasting = RadarSettings.defaults(
                    new ExchangeRates(Currency.getInstance("EUR"), Map.of()))
            .forecasting();

    @Test
    void twoThousandCustomersWithAnEpicEachTakeABoundedNumberOfSearchesAsTheViewer() {
        CommitmentQueries queries = queries(2000, true);
        jira.answering(FakeJira::commitmentsAndEpicsOfCustomers);

        CommitmentQueries.Result result =
                queries.ofAllCustomers(EnumSet.allOf(Health.class), 0, 100, forecasting, true);

        assertThat(result.total()).isEqualTo(2000);
        assertThat(result.commitments()).hasSize(100);
        assertThat(result.truncated()).isFalse();
        // 4 commitment searches (500 customers each) + 4 × (epics + children) for 2,000 epics.
        assertThat(jira.searched).hasSize(4 + 8).hasSizeLessThanOrEqualTo(SEARCHES_PER_READ);
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    @Test
    void moreCustomersThanOneCallSearchesAreCutAtTheBoundAndSaySo() {
        CommitmentQueries queries = queries(CommitmentQueries.MAX_CUSTOMERS + 700, false);
        jira.answering(FakeJira::commitmentsAndEpicsOfCustomers);

        CommitmentQueries.Result result =
                queries.ofAllCustomers(EnumSet.allOf(Health.class), 0, 10, forecasting, false);

        assertThat(result.truncated()).isTrue();
        assertThat(result.total()).isEqualTo(CommitmentQueries.MAX_CUSTOMERS);
        assertThat(jira.searched).hasSize(JqlSearch.MAX_SEARCHES_PER_CALL);
    }

    private CommitmentQueries queries(int customerCount, boolean withEpics) {
        InMemoryCustomers customers = new InMemoryCustomers();
        for (int i = 0; i < customerCount; i++) {
            customers.save(new Customer(
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
                            ContractStatus.ACTIVE))));
        }
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
        when(links.getOutwardLinks(anyLong()))
                .thenAnswer(call -> withEpics ? List.of(epicLink(call.<Long>getArgument(0) - 100_000 + 1)) : List.of());
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        JqlSearch search = jira.jqlSearch();
        PermissionManager browseAll = mock(PermissionManager.class);
        when(browseAll.hasPermission(any(), any(), any())).thenReturn(true);
        JiraCommitments commitments = new JiraCommitments(
                search,
                schema,
                links,
                new InMemoryCommitmentSnapshots(),
                new IssueVisibility(browseAll, jira.authentication));
        return new CommitmentQueries(
                new CommitmentHealthCheck(
                        commitments,
                        new JiraEpicDeliveries(search, customFields, EpicChildrenQuery::jiraSoftware, clock),
                        customers,
                        clock),
                customers);
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
