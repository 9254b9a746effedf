package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.Set;

/** The open tickets that matter to customers, as Jira knows them. */
public interface Tickets {

    /**
     * The open tickets (status category not done) of all {@code customers} inside {@code scope}, in one
     * call, limited to tickets the current viewer may open, grouped by customer as they are read.
     */
    OpenTickets openFor(Set<CustomerKey> customers, Scope scope);
}
