package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tickets kept in memory for tests; a project scope is honoured, other scopes select everything. */
public final class InMemoryTickets implements Tickets {

    private final List<Ticket> tickets = new CopyOnWriteArrayList<>();
    private int calls;

    public InMemoryTickets add(Ticket ticket) {
        tickets.add(ticket);
        return this;
    }

    @Override
    public OpenTickets openFor(Set<CustomerKey> customers, Scope scope) {
        calls++;
        OpenTickets.Builder open = OpenTickets.builder(customers);
        for (Ticket ticket : tickets) {
            if (scope.kind() != Scope.Kind.PROJECT || ticket.key().project().equals(scope.value())) {
                open.add(ticket);
            }
        }
        return open.build();
    }

    /** How often {@link #openFor} was called: lets tests check the radar batches its reads. */
    public int calls() {
        return calls;
    }
}
