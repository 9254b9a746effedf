package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.List;
import java.util.Set;

/** The Sales Commitment issues, as Jira knows them. */
public interface Commitments {

    /** All commitments to any of {@code customers}, in one call. */
    List<Commitment> forCustomers(Set<CustomerKey> customers);

    /** The commitments that {@code epic} delivers. */
    List<Commitment> deliveredBy(IssueKey epic);
}
