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
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.setup.JiraSchema;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Jira the search-bound tests count searches in: a {@link FakeJira}, its commitment schema (type, Customer and
 * Promised Date fields, the "delivers commitment" link), customers {@code C0, C1, …} renewing on 15 March 2026, and
 * the commitment and epic adapters over it, each commitment (issue id 100,000 + i) delivered by the same number of
 * epics {@code EP-n}.
 */
final class SearchBoundFixture {

    /** 1 February 2026, 08:00 UTC: six weeks before every customer's renewal. */
    final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);

    final FakeJira jira = new FakeJira();
    final CustomField customerField = FakeJira.field(10100, "Customer");
    final CustomField promisedField = FakeJira.field(10101, "Promised Date");
    final CustomField epicLink = FakeJira.field(10200, "Epic Link");
    final JiraSchema schema = mock(JiraSchema.class);

    SearchBoundFixture() {
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
    }

    /** Customer {@code C<i>}: one active contract, 1,000 EUR, renewing 15 March 2026 with 30 days' notice. */
    static Customer customer(int i) {
        return new Customer(
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
                        ContractStatus.ACTIVE)));
    }

    /**
     * The commitments adapter, every issue browsable: the commitment with issue id 100,000 + i is delivered by the
     * epics {@code EP-(n·i + 1)} to {@code EP-(n·i + n)} for {@code n = epicsPerCommitment}.
     */
    JiraCommitments commitments(int epicsPerCommitment) {
        IssueLinkManager links = mock(IssueLinkManager.class);
        when(links.getOutwardLinks(anyLong())).thenAnswer(call -> {
            long i = call.<Long>getArgument(0) - 100_000;
            return LongStream.rangeClosed(1, epicsPerCommitment)
                    .mapToObj(n -> epicLink(epicsPerCommitment * i + n))
                    .toList();
        });
        PermissionManager browseAll = mock(PermissionManager.class);
        when(browseAll.hasPermission(any(), any(), any())).thenReturn(true);
        return new JiraCommitments(
                jira.jqlSearch(),
                schema,
                links,
                new InMemoryCommitmentSnapshots(),
                new IssueVisibility(browseAll, jira.authentication));
    }

    /** The epic deliveries adapter, with Jira Software's Epic Link field. */
    JiraEpicDeliveries epics() {
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        return new JiraEpicDeliveries(jira.jqlSearch(), customFields, EpicChildrenQuery::jiraSoftware, clock);
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
