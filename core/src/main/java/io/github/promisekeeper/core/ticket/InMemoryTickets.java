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
    public List<Ticket> openFor(Set<CustomerKey> customers, Scope scope) {
        calls++;
        return tickets.stream()
                .filter(Ticket::isOpen)
                .filter(ticket -> customers.contains(ticket.customer()))
                .filter(ticket -> scope.kind() != Scope.Kind.PROJECT || ticket.key().project().equals(scope.value()))
                .toList();
    }

    /** How often {@link #openFor} was called: lets tests check the radar batches its reads. */
    public int calls() {
        return calls;
    }
}
