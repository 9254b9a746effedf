package io.github.promisekeeper.jira.ticket;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.TicketPriority;
import io.github.promisekeeper.jira.search.FakeJira;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraTicketsTest {

    private final FakeJira jira = new FakeJira();
    private final CustomField customer = FakeJira.field(10100, "Customer");
    private final JiraSchema schema = mock(JiraSchema.class);
    private final JiraTickets tickets = new JiraTickets(jira.jqlSearch(), schema);

    JiraTicketsTest() {
        when(schema.customerField()).thenReturn(Optional.of(customer));
    }

    @Test
    void searchesOpenTicketsOfAllCustomersInOneQueryAsTheViewer() {
        tickets.openFor(Set.of(CustomerKey.of("GLOBEX"), CustomerKey.of("ACME")), Scope.all());

        assertThat(jira.searched)
                .containsExactly("cf[10100] in (\"ACME\", \"GLOBEX\") AND statusCategory != Done ORDER BY key");
        assertThat(jira.searchedAs).containsOnly(jira.viewer);
    }

    @Test
    void mapsIssuesToTicketsOfTheRequestedCustomersOnly() {
        jira.answering(jql -> List.of(
                FakeJira.issue(1, "SUP-7", "Login fails", "indeterminate", Map.of("customfield_10100", "ACME")),
                FakeJira.issue(2, "SUP-8", "Other", "new", Map.of("customfield_10100", "INITECH")),
                FakeJira.issue(3, "SUP-9", "Garbage", "new", Map.of("customfield_10100", "not a key"))));

        OpenTickets open = tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.all());

        assertThat(open.customers()).containsExactly(CustomerKey.of("ACME"));
        assertThat(open.of(CustomerKey.of("ACME"))).singleElement().satisfies(ticket -> {
            assertThat(ticket.key()).isEqualTo(IssueKey.of("SUP-7"));
            assertThat(ticket.customer()).isEqualTo(CustomerKey.of("ACME"));
            assertThat(ticket.priority()).isEqualTo(TicketPriority.BLOCKER);
            assertThat(ticket.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
            assertThat(ticket.type()).isEqualTo("Bug");
        });
    }

    @Test
    void groupsResultsUnderTheirCustomerInTheOrderJiraReturnsThem() {
        jira.answering(jql -> List.of(
                FakeJira.issue(1, "SUP-3", "First for Acme", "new", Map.of("customfield_10100", "ACME")),
                FakeJira.issue(2, "SUP-1", "Globex", "indeterminate", Map.of("customfield_10100", "GLOBEX")),
                FakeJira.issue(3, "SUP-2", "Second for Acme", "new", Map.of("customfield_10100", "ACME")),
                FakeJira.issue(4, "SUP-4", "Closed meanwhile", "done", Map.of("customfield_10100", "ACME"))));

        OpenTickets open = tickets.openFor(
                Set.of(CustomerKey.of("ACME"), CustomerKey.of("GLOBEX"), CustomerKey.of("INITECH")), Scope.all());

        assertThat(open.of(CustomerKey.of("ACME")))
                .extracting(ticket -> ticket.key().toString())
                .containsExactly("SUP-3", "SUP-2");
        assertThat(open.of(CustomerKey.of("GLOBEX")))
                .extracting(ticket -> ticket.key().toString())
                .containsExactly("SUP-1");
        assertThat(open.of(CustomerKey.of("INITECH"))).isEmpty();
        assertThat(open.size()).isEqualTo(3);
    }

    @Test
    void projectScopeIsQuotedSoAHostileKeyCannotWidenTheQuery() {
        tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.project("X\" OR project = \"Y"));

        assertThat(jira.searched)
                .singleElement()
                .asString()
                .endsWith(" AND (project = \"X\\\" OR project = \\\"Y\") ORDER BY key");
    }

    @Test
    void jqlScopeIsAndedInParentheses() {
        tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.jql("priority = Highest OR labels = vip"));

        assertThat(jira.searched)
                .containsExactly(
                        "cf[10100] in (\"ACME\") AND statusCategory != Done AND (priority = Highest OR labels = vip)"
                                + " ORDER BY key");
    }

    @Test
    void jqlScopeThatBreaksOutOfItsParenthesesIsRejectedBeforeAnySearch() {
        assertThatThrownBy(() ->
                        tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.jql("project = A) OR (project = B")))
                .isInstanceOf(InvalidScopeException.class);
        assertThat(jira.searched).isEmpty();
    }

    @Test
    void scopeJiraCannotParseIsTheViewersErrorWithJirasMessage() {
        jira.rejectingSyntaxOf(jql -> jql.contains("=="));

        assertThatThrownBy(() -> tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.jql("project == A")))
                .isInstanceOf(InvalidScopeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Error in the JQL Query");
        assertThat(jira.searched).isEmpty();
    }

    @Test
    void filterScopeThatJiraRejectsForThisViewerIsAnError() {
        jira.rejectingValuesOf(jql -> jql.startsWith("filter"));

        assertThatThrownBy(() -> tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.filter(10200)))
                .isInstanceOf(InvalidScopeException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void malformedFilterIdIsRejectedWithoutReachingJira() {
        assertThatThrownBy(
                        () -> tickets.openFor(Set.of(CustomerKey.of("ACME")), new Scope(Scope.Kind.FILTER, "1 OR 1=1")))
                .isInstanceOf(InvalidScopeException.class);
        assertThat(jira.parsed).isEmpty();
    }

    @Test
    void manyCustomersTakeOneSearchPerChunkNeverOnePerCustomer() {
        Set<CustomerKey> many = keys(1200);

        tickets.openFor(many, Scope.all());

        assertThat(jira.searched).hasSize(3);
        String all = String.join(" ", jira.searched);
        assertThat(many).allSatisfy(key -> assertThat(all).contains("\"" + key.value() + "\""));
    }

    @Test
    void aCustomerWithMoreOpenTicketsThanOnePageHoldsLosesNone() {
        List<Issue> open = IntStream.rangeClosed(1, 2_500)
                .mapToObj(i -> FakeJira.issue(i, "SUP-" + i, "Ticket " + i, "new", Map.of("customfield_10100", "ACME")))
                .toList();
        jira.answering(jql -> open);

        OpenTickets found = tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.all());

        // Three pages of at most 1,000, in key order so that no page skips or repeats a ticket.
        assertThat(found.of(CustomerKey.of("ACME"))).hasSize(2_500);
        assertThat(jira.searched).hasSize(3).allSatisfy(jql -> assertThat(jql).endsWith(" ORDER BY key"));
    }

    @Test
    void searchesStayWithinTheBoundHoweverManyCustomers() {
        tickets.openFor(keys(20_000), Scope.all());

        assertThat(jira.searched).hasSize(JqlSearch.MAX_SEARCHES_PER_CALL);
    }

    @Test
    void noSearchBeforeSetupCreatedTheCustomerField() {
        when(schema.customerField()).thenReturn(Optional.empty());

        assertThat(tickets.openFor(Set.of(CustomerKey.of("ACME")), Scope.all()).isEmpty())
                .isTrue();
        assertThat(jira.searched).isEmpty();
    }

    static Set<CustomerKey> keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> CustomerKey.of("C" + i)).collect(Collectors.toSet());
    }
}
