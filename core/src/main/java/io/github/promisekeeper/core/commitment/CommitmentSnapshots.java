package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.List;
import java.util.Optional;

/** Where commitment snapshots are kept; snapshots are only ever added, never changed. */
public interface CommitmentSnapshots {

    void record(CommitmentSnapshot snapshot);

    /** The most recently recorded snapshot of the commitment issue. */
    Optional<CommitmentSnapshot> findLatestByIssueId(long issueId);

    /** Every snapshot of the commitment issue, oldest first. */
    List<CommitmentSnapshot> historyOf(long issueId);

    /** The latest snapshot of each commitment made to the customer, by issue id. */
    List<CommitmentSnapshot> findLatestByCustomer(CustomerKey customerKey);
}
