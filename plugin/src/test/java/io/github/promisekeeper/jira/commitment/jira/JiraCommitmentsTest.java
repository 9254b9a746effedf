package io.github.promisekeeper.jira.commitment.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentSnapshot;
import io.github.promisekeeper.core.commitment.InMemoryCommitmentSnapshots;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.search.FakeJira;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraCommitmentsTest {

    private final FakeJira jira = new FakeJira();
    private final CustomField customer = FakeJira.field(10100, "Customer");
    private final CustomField promised = FakeJira.field(10101, "Promised Date");
    private final IssueType type = mock(IssueType.class);
    private final IssueLinkType delivery = mock(IssueLinkType.class);
    private final JiraSchema schema = mock(JiraSchema.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final InMemoryCommitmentSnapshots snapshots = new InMemoryCommitmentSnapshots();
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final JiraCommitments commitments = new JiraCommitments(
            jira.jqlSearch(), schema, links, snapshots, new IssueVisibility(permissionManager, jira.authentication));

    JiraCommitmentsTest() {
        when(type.getId()).thenReturn("10500");
        when(delivery.getId()).thenReturn(10600L);
        when(delivery.getInward()).thenReturn("delivers commitment");
        when(schema.commitments())
                .thenReturn(Optional.of(new JiraSchema.CommitmentSchema(type, customer, promised, delivery)));
        when(links.getOutwardLinks(anyLong())).thenReturn(List.of());
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(jira.viewer)))
                .thenReturn(true);
    }

    @Test
    void readsCommitmentsOfAllCustomersInOneSearchWithTheirEpicsAndSnapshot() {
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO before renewal",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        jira.answering(jql -> List.of(promise));
        List<IssueLink> outward = List.of(link(10600L, "SSO-1"), link(10001L, "OTHER-1"), link(10600L, "SSO-2"));
        when(links.getOutwardLinks(42L)).thenReturn(outward);
        snapshots.record(new CommitmentSnapshot(
                42,
                CustomerKey.of("ACME"),
                Money.of("120000", "EUR"),
                LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 3, 1),
                Instant.parse("2026-01-10T00:00:00Z")));

        List<Commitment> found = commitments.findByCustomers(Set.of(CustomerKey.of("ACME"), CustomerKey.of("GLOBEX")));

        assertThat(jira.searched)
                .containsExactly("issuetype = \"10500\" AND cf[10100] is not EMPTY AND cf[10101] is not EMPTY"
                        + " AND cf[10100] in (\"ACME\", \"GLOBEX\") ORDER BY key");
        assertThat(found).singleElement().satisfies(commitment -> {
            assertThat(commitment.key()).isEqualTo(IssueKey.of("SC-1"));
            assertThat(commitment.promisedDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(commitment.promisedBy()).isEqualTo("Sam Sales");
            assertThat(commitment.deliveringEpics()).containsExactly(IssueKey.of("SSO-1"), IssueKey.of("SSO-2"));
            assertThat(commitment.valueWhenPromised()).contains(Money.of("120000", "EUR"));
            assertThat(commitment.renewalWhenPromised()).contains(LocalDate.of(2026, 6, 30));
        });
    }

    @Test
    void commitmentWithoutPromisedDateOrWithAnUnknownCustomerIsLeftOut() {
        jira.answering(jql -> List.of(
                FakeJira.issue(1, "SC-1", "no date", "new", Map.of("customfield_10100", "ACME")),
                FakeJira.issue(
                        2,
                        "SC-2",
                        "bad key",
                        "new",
                        Map.of(
                                "customfield_10100",
                                "acme corp",
                                "customfield_10101",
                                Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))))));

        assertThat(commitments.findByCustomers(Set.of(CustomerKey.of("ACME")))).isEmpty();
    }

    @Test
    void commitmentsDeliveredByAnEpicAreFoundThroughTheLinkInOneSearch() {
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        jira.answering(jql -> List.of(promise));
        List<IssueLink> outward = List.of(link(10600L, "SSO-1"));
        when(links.getOutwardLinks(42L)).thenReturn(outward);

        List<Commitment> found = commitments.findByEpic(IssueKey.of("SSO-1"));

        assertThat(jira.searched)
                .singleElement()
                .asString()
                .endsWith(" AND issue in linkedIssues(\"SSO-1\", \"delivers commitment\") ORDER BY key");
        assertThat(found).extracting(Commitment::key).containsExactly(IssueKey.of("SC-1"));
    }

    @Test
    void commitmentsPromisedInAPeriodOpenOrClosedAreFoundInOneSearchOnThePromisedDate() {
        jira.answering(jql -> List.of(
                FakeJira.issue(
                        42,
                        "SC-1",
                        "inside",
                        "done",
                        Map.of(
                                "customfield_10100",
                                "ACME",
                                "customfield_10101",
                                Timestamp.valueOf(LocalDateTime.of(2026, 3, 31, 0, 0)))),
                FakeJira.issue(
                        43,
                        "SC-2",
                        "outside",
                        "new",
                        Map.of(
                                "customfield_10100",
                                "ACME",
                                "customfield_10101",
                                Timestamp.valueOf(LocalDateTime.of(2026, 4, 1, 0, 0))))));

        List<Commitment> found = commitments.findPromisedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        assertThat(jira.searched)
                .containsExactly("issuetype = \"10500\" AND cf[10100] is not EMPTY AND cf[10101] is not EMPTY"
                        + " AND cf[10101] >= \"2026-01-01\" AND cf[10101] <= \"2026-03-31\" ORDER BY key");
        assertThat(found).extracting(Commitment::key).containsExactly(IssueKey.of("SC-1"));
    }

    @Test
    void linkDescriptionIsQuotedEvenWhenAnAdminPutQuotesInIt() {
        when(delivery.getInward()).thenReturn("delivers \"big\" commitment");

        commitments.findByEpic(IssueKey.of("SSO-1"));

        assertThat(jira.searched).singleElement().asString().contains("\"delivers \\\"big\\\" commitment\"");
    }

    @Test
    void manyCustomersTakeOneSearchPerChunk() {
        Set<CustomerKey> many =
                IntStream.range(0, 1000).mapToObj(i -> CustomerKey.of("C" + i)).collect(Collectors.toSet());

        commitments.findByCustomers(many);

        assertThat(jira.searched).hasSize(2);
    }

    @Test
    void epicsTheViewerMayNotOpenAreCountedButNeverNamed() {
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        jira.answering(jql -> List.of(promise));
        IssueLink secret = link(10600L, "SEC-9");
        IssueLink secretAgain = link(10600L, "SEC-9");
        List<IssueLink> outward = List.of(link(10600L, "SSO-1"), secret, secretAgain, link(10600L, "SEC-10"));
        when(links.getOutwardLinks(42L)).thenReturn(outward);
        denyViewer("SEC-9", "SEC-10");

        List<Commitment> found = commitments.findByCustomers(Set.of(CustomerKey.of("ACME")));

        assertThat(found).singleElement().satisfies(commitment -> {
            assertThat(commitment.deliveringEpics()).containsExactly(IssueKey.of("SSO-1"));
            assertThat(commitment.hiddenEpics()).isEqualTo(2);
            assertThat(commitment.toString()).doesNotContain("SEC-");
        });
        assertThat(jira.searched).hasSize(1);
    }

    @Test
    void theCommitmentOnAnIssuePageHidesTheEpicsTheViewerMayNotOpen() {
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        when(promise.getIssueType()).thenReturn(type);
        List<IssueLink> outward = List.of(link(10600L, "SEC-9"));
        when(links.getOutwardLinks(42L)).thenReturn(outward);
        denyViewer("SEC-9");

        Optional<Commitment> found = commitments.of(promise);

        assertThat(found).hasValueSatisfying(commitment -> {
            assertThat(commitment.deliveringEpics()).isEmpty();
            assertThat(commitment.hiddenEpics()).isEqualTo(1);
        });
    }

    @Test
    void anonymousViewersAreAskedAboutAsAnonymous() {
        when(jira.authentication.getLoggedInUser()).thenReturn(null);
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        jira.answering(jql -> List.of(promise));
        List<IssueLink> outward = List.of(link(10600L, "SSO-1"));
        when(links.getOutwardLinks(42L)).thenReturn(outward);

        List<Commitment> found = commitments.findByCustomers(Set.of(CustomerKey.of("ACME")));

        assertThat(found).singleElement().satisfies(commitment -> {
            assertThat(commitment.deliveringEpics()).isEmpty();
            assertThat(commitment.hiddenEpics()).isEqualTo(1);
        });
        verify(permissionManager).hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), isNull());
    }

    @Test
    void aCustomersOpenCommitmentsTakeOneSearchForThatCustomerAlone() {
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        Issue other = FakeJira.issue(
                43,
                "SC-2",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "GLOBEX",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        jira.answering(jql -> List.of(promise, other));

        List<Commitment> found = commitments.findOpenByCustomer(CustomerKey.of("ACME"));

        assertThat(jira.searched)
                .containsExactly("issuetype = \"10500\" AND cf[10100] is not EMPTY AND cf[10101] is not EMPTY"
                        + " AND cf[10100] in (\"ACME\") AND statusCategory != Done ORDER BY key");
        assertThat(jira.searchedAs).containsExactly(jira.viewer);
        assertThat(found).extracting(Commitment::key).containsExactly(IssueKey.of("SC-1"));
    }

    @Test
    void openCommitmentsForANamedSearcherAreSearchedAndCheckedAsThatSearcher() {
        ApplicationUser searcher = mock(ApplicationUser.class);
        Issue promise = FakeJira.issue(
                42,
                "SC-1",
                "SSO",
                "new",
                Map.of(
                        "customfield_10100",
                        "ACME",
                        "customfield_10101",
                        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 0, 0))));
        jira.answering(jql -> List.of(promise));
        List<IssueLink> outward = List.of(link(10600L, "SSO-1"), link(10600L, "SEC-9"));
        when(links.getOutwardLinks(42L)).thenReturn(outward);
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(searcher)))
                .thenAnswer(call -> !"SEC-9".equals(call.<Issue>getArgument(1).getKey()));

        List<Commitment> found = commitments.as(searcher).findOpen();

        assertThat(jira.searchedAs).containsExactly(searcher);
        assertThat(jira.searched).singleElement().asString().endsWith(" AND statusCategory != Done ORDER BY key");
        assertThat(found).singleElement().satisfies(commitment -> {
            assertThat(commitment.deliveringEpics()).containsExactly(IssueKey.of("SSO-1"));
            assertThat(commitment.hiddenEpics()).isEqualTo(1);
        });
    }

    private void denyViewer(String... keys) {
        Set<String> denied = Set.of(keys);
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(jira.viewer)))
                .thenAnswer(call -> !denied.contains(call.<Issue>getArgument(1).getKey()));
    }

    private static IssueLink link(long typeId, String destination) {
        Issue epic = FakeJira.issue(900, destination, "", "new", Map.of());
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(typeId);
        when(link.getDestinationObject()).thenReturn(epic);
        return link;
    }
}
