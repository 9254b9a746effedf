package io.github.promisekeeper.jira.commitment.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.commitment.CommitmentSnapshot;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link CommitmentSnapshots} on Active Objects; returns core snapshots, never AO proxies. */
public final class AoCommitmentSnapshots implements CommitmentSnapshots {

    private static final String COLUMNS =
            "ID, ISSUE_ID, CUSTOMER_KEY, VALUE_MINOR, CURRENCY, RENEWAL_DATE, PROMISED_DATE, RECORDED_AT";

    private final ActiveObjects ao;

    public AoCommitmentSnapshots(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "active objects");
    }

    @Override
    public void record(CommitmentSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        ao.executeInTransaction(() -> ao.create(
                CommitmentSnapshotEntity.class,
                new DBParam("ISSUE_ID", snapshot.issueId()),
                new DBParam("CUSTOMER_KEY", snapshot.customerKey().value()),
                new DBParam(
                        "VALUE_MINOR",
                        snapshot.valueAtPromise() == null
                                ? null
                                : snapshot.valueAtPromise().minorUnits()),
                new DBParam(
                        "CURRENCY",
                        snapshot.valueAtPromise() == null
                                ? null
                                : snapshot.valueAtPromise().currencyCode()),
                new DBParam(
                        "RENEWAL_DATE",
                        snapshot.renewalAtPromise() == null
                                ? null
                                : snapshot.renewalAtPromise().toString()),
                new DBParam("PROMISED_DATE", snapshot.promisedDate().toString()),
                new DBParam("RECORDED_AT", new Date(snapshot.recordedAt().toEpochMilli()))));
    }

    @Override
    public Optional<CommitmentSnapshot> findLatestByIssueId(long issueId) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(
                        CommitmentSnapshotEntity.class,
                        Query.select(COLUMNS)
                                .where("ISSUE_ID = ?", issueId)
                                .order("RECORDED_AT DESC, ID DESC")
                                .limit(1)))
                .findFirst()
                .map(AoCommitmentSnapshots::toSnapshot));
    }

    @Override
    public List<CommitmentSnapshot> historyOf(long issueId) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(
                        CommitmentSnapshotEntity.class,
                        Query.select(COLUMNS).where("ISSUE_ID = ?", issueId).order("RECORDED_AT, ID")))
                .map(AoCommitmentSnapshots::toSnapshot)
                .toList());
    }

    @Override
    public List<CommitmentSnapshot> findLatestByCustomer(CustomerKey customerKey) {
        return ao.executeInTransaction(() -> {
            Map<Long, CommitmentSnapshot> latest = new LinkedHashMap<>();
            Arrays.stream(ao.find(
                            CommitmentSnapshotEntity.class,
                            Query.select(COLUMNS)
                                    .where("CUSTOMER_KEY = ?", customerKey.value())
                                    .order("RECORDED_AT, ID")))
                    .map(AoCommitmentSnapshots::toSnapshot)
                    .forEach(snapshot -> latest.put(snapshot.issueId(), snapshot));
            return latest.values().stream()
                    .sorted(Comparator.comparingLong(CommitmentSnapshot::issueId))
                    .toList();
        });
    }

    private static CommitmentSnapshot toSnapshot(CommitmentSnapshotEntity row) {
        return new CommitmentSnapshot(
                row.getIssueId(),
                CustomerKey.of(row.getCustomerKey()),
                row.getValueMinor() == null ? null : new Money(row.getValueMinor(), Money.currency(row.getCurrency())),
                row.getRenewalDate() == null ? null : LocalDate.parse(row.getRenewalDate()),
                LocalDate.parse(row.getPromisedDate()),
                Instant.ofEpochMilli(row.getRecordedAt().getTime()));
    }
}
