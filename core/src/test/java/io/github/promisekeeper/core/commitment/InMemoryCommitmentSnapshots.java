package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Commitment snapshots kept in memory: the reference implementation of {@link CommitmentSnapshots}. */
public final class InMemoryCommitmentSnapshots implements CommitmentSnapshots {

    private final List<CommitmentSnapshot> snapshots = new ArrayList<>();

    @Override
    public synchronized void record(CommitmentSnapshot snapshot) {
        snapshots.add(Objects.requireNonNull(snapshot, "snapshot"));
    }

    @Override
    public synchronized Optional<CommitmentSnapshot> findLatestByIssueId(long issueId) {
        List<CommitmentSnapshot> history = historyOf(issueId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
    }

    @Override
    public synchronized List<CommitmentSnapshot> historyOf(long issueId) {
        return snapshots.stream()
                .filter(snapshot -> snapshot.issueId() == issueId)
                .sorted(Comparator.comparing(CommitmentSnapshot::recordedAt))
                .toList();
    }

    @Override
    public synchronized List<CommitmentSnapshot> findLatestByCustomer(CustomerKey customerKey) {
        Map<Long, CommitmentSnapshot> latest = new LinkedHashMap<>();
        snapshots.stream()
                .filter(snapshot -> snapshot.customerKey().equals(customerKey))
                .sorted(Comparator.comparing(CommitmentSnapshot::recordedAt))
                .forEach(snapshot -> latest.put(snapshot.issueId(), snapshot));
        return latest.values().stream()
                .sorted(Comparator.comparingLong(CommitmentSnapshot::issueId))
                .toList();
    }
}
