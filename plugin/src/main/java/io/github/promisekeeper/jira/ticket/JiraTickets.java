package io.github.promisekeeper.jira.ticket;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import io.github.promisekeeper.core.ticket.Tickets;
import io.github.promisekeeper.jira.search.IssueValues;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlText;
import io.github.promisekeeper.jira.setup.JiraSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Open tickets of customers from Jira's search, as the viewing user: one query per
 * {@value JqlSearch#MAX_KEYS_PER_SEARCH} customers ({@code cf[N] in (...)}), never one per customer, read page by
 * page ({@link JqlSearch#searchAllAs}) so that customers with many open tickets lose none; each result is grouped
 * under its customer as it arrives.
 */
public class JiraTickets implements Tickets {

    private static final Logger LOG = LoggerFactory.getLogger(JiraTickets.class);

    private final JqlSearch search;
    private final JiraSchema schema;
    private final Supplier<ApplicationUser> viewer;

    public JiraTickets(JqlSearch search, JiraSchema schema) {
        this(search, schema, Objects.requireNonNull(search, "search")::viewer);
    }

    private JiraTickets(JqlSearch search, JiraSchema schema, Supplier<ApplicationUser> viewer) {
        this.search = Objects.requireNonNull(search, "search");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.viewer = viewer;
    }

    /** The same tickets read as {@code searcher} (null for anonymous) instead of the logged-in user. */
    public Tickets as(ApplicationUser searcher) {
        return new JiraTickets(search, schema, () -> searcher);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidScopeException when Jira rejects the scope for this viewer
     */
    @Override
    public OpenTickets openFor(Set<CustomerKey> customers, Scope scope) {
        Optional<String> scopeClause = ScopeClause.of(scope, search);
        Optional<CustomField> customerField = schema.customerField();
        if (customers.isEmpty() || customerField.isEmpty()) {
            return OpenTickets.none();
        }
        CustomField field = customerField.get();
        List<String> keys = customers.stream().map(CustomerKey::value).sorted().toList();
        // Each result goes to its customer's group as it arrives: the one look-up of its customer a result needs.
        OpenTickets.Builder open = OpenTickets.builder(customers);
        for (List<String> chunk : JqlSearch.chunks(keys, 1)) {
            String jql = JqlText.customField(field.getIdAsLong()) + " in " + JqlText.list(chunk)
                    + " AND statusCategory != Done"
                    + scopeClause.map(clause -> " AND " + clause).orElse("");
            for (Issue issue : search.searchAllAs(viewer.get(), jql)) {
                Optional<Ticket> ticket = toTicket(issue, field);
                if (ticket.isEmpty() || !open.add(ticket.get())) {
                    LOG.debug(
                            "Skipping issue {}: no usable key, customer or creation date, not one of the customers "
                                    + "asked for, or done.",
                            issue.getKey());
                }
            }
        }
        return open.build();
    }

    private static Optional<Ticket> toTicket(Issue issue, CustomField field) {
        Optional<IssueKey> key = IssueValues.key(issue);
        Optional<CustomerKey> customer = IssueValues.customer(issue.getCustomFieldValue(field));
        if (key.isEmpty() || customer.isEmpty() || issue.getCreated() == null) {
            return Optional.empty();
        }
        return Optional.of(new Ticket(
                key.get(),
                customer.get(),
                issue.getSummary(),
                TicketPriority.fromJiraName(
                        issue.getPriority() == null ? null : issue.getPriority().getName()),
                IssueValues.statusCategory(issue),
                issue.getIssueType() == null ? "" : issue.getIssueType().getName(),
                issue.getCreated().toInstant(),
                (issue.getUpdated() == null ? issue.getCreated() : issue.getUpdated()).toInstant()));
    }
}
