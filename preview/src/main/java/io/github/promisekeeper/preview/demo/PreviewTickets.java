package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.Tickets;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The preview's {@link Tickets}: the open tickets of the demo Jira, every one visible to every demo user. Scopes
 * are those {@link ProjectScope} understands; any other is refused with Jira's kind of error (a 400 over REST).
 */
public final class PreviewTickets implements Tickets {

    private final DemoJira jira;

    public PreviewTickets(DemoJira jira) {
        this.jira = Objects.requireNonNull(jira, "demo jira");
    }

    @Override
    public OpenTickets openFor(Set<CustomerKey> customers, Scope scope) {
        Predicate<String> inScope = ProjectScope.of(scope);
        OpenTickets.Builder open = OpenTickets.builder(customers);
        for (CustomerKey customer : customers) {
            jira.indexOf(customer).ifPresent(index -> jira.tickets().openTicketsOf(index, inScope, open::add));
        }
        return open.build();
    }
}
