package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one check asks the store to write in one transaction: the states it records (new or changed; each with
 * the version after the one it read), the states it forgets (commitments closed, customers gone), the alerts it
 * raises and the open alerts it resolves on {@code today}.
 */
public record AlertUpdate(
        List<CommitmentState> commitments,
        Set<IssueKey> forgetCommitments,
        List<CustomerState> customers,
        Set<CustomerKey> forgetCustomers,
        List<Alert> raise,
        Set<DedupeKey> resolve,
        LocalDate today) {

    public AlertUpdate {
        commitments = List.copyOf(commitments);
        forgetCommitments = Set.copyOf(forgetCommitments);
        customers = List.copyOf(customers);
        forgetCustomers = Set.copyOf(forgetCustomers);
        raise = List.copyOf(raise);
        resolve = Set.copyOf(resolve);
        Objects.requireNonNull(today, "today");
    }

    public boolean isEmpty() {
        return commitments.isEmpty()
                && forgetCommitments.isEmpty()
                && customers.isEmpty()
                && forgetCustomers.isEmpty()
                && raise.isEmpty()
                && resolve.isEmpty();
    }
}
