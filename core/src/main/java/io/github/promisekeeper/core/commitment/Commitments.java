package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The Sales Commitment issues, as Jira knows them, read as the viewer: only commitments they may open, each
 * naming only the delivering epics they may open.
 */
public interface Commitments {

    /** All commitments to any of {@code customers}, in one call. */
    List<Commitment> findByCustomers(Set<CustomerKey> customers);

    /** The commitments that {@code epic} delivers. */
    List<Commitment> findByEpic(IssueKey epic);

    /** The commitments to {@code customer} that are not themselves closed, in one call. */
    List<Commitment> findOpenByCustomer(CustomerKey customer);

    /** Every commitment that is not itself closed, in one call, for site-wide questions. */
    List<Commitment> findOpen();

    /**
     * Every commitment, open or closed, whose promised date falls between {@code from} and {@code to} (both
     * inclusive), in one call: for a scorecard of the promises due in a period.
     */
    List<Commitment> findPromisedBetween(LocalDate from, LocalDate to);
}
