package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Commitments with their health, how many there were in all (the list may hold only some of them), the known
 * customers they were promised to and the delivery state of the epics that were read, both by key.
 */
public record CommitmentHealthReport(
        List<CommitmentHealth> commitments,
        int total,
        Map<CustomerKey, Customer> customers,
        Map<IssueKey, EpicDelivery> epics) {

    public CommitmentHealthReport {
        commitments = List.copyOf(commitments);
        if (total < commitments.size()) {
            throw new IllegalArgumentException(
                    "A total of " + total + " cannot hold " + commitments.size() + " commitments.");
        }
        customers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(customers, "customers")));
        epics = Map.copyOf(epics);
    }

    /** Nothing promised. */
    public static CommitmentHealthReport none() {
        return new CommitmentHealthReport(List.of(), 0, Map.of(), Map.of());
    }

    /** The same report saying there were {@code total} commitments in all. */
    CommitmentHealthReport outOf(int total) {
        return new CommitmentHealthReport(commitments, total, customers, epics);
    }
}
