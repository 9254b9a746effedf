package io.github.promisekeeper.jira.commitment.ao;

import io.github.promisekeeper.core.commitment.CommitmentSnapshot;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link CommitmentSnapshots} must do; one subclass per implementation and database. */
public abstract class CommitmentSnapshotsContract {

    private static final Instant T0 = Instant.parse("2026-01-05T10:15:30Z");
    private static final CustomerKey ACME = CustomerKey.of("ACME");

    protected CommitmentSnapshots snapshots;

    protected abstract CommitmentSnapshots emptySnapshots();

    @BeforeEach
    void startEmpty() {
        snapshots = emptySnapshots();
    }

    private static CommitmentSnapshot snapshot(long issue, CustomerKey customer, String promised, Instant at) {
        return new CommitmentSnapshot(
                issue, customer, Money.of("50000", "USD"), LocalDate.of(2026, 6, 30), LocalDate.parse(promised), at);
    }

    @Test
    void readsBackTheValueAndRenewalAsTheyWereWhenPromised() {
        CommitmentSnapshot promised = snapshot(10100, ACME, "2026-03-01", T0);
        CommitmentSnapshot unknownValue = new CommitmentSnapshot(10200, ACME, null, null, LocalDate.of(2026, 4, 1), T0);
        snapshots.record(promised);
        snapshots.record(unknownValue);

        assertThat(snapshots.findLatestByIssueId(10100)).contains(promised);
        assertThat(snapshots.findLatestByIssueId(10200)).contains(unknownValue);
        assertThat(snapshots.findLatestByIssueId(99)).isEmpty();
    }

    @Test
    void keepsEverySnapshotOfACommitmentOldestFirstAndNamesTheLatest() {
        CommitmentSnapshot second = snapshot(10100, ACME, "2026-04-01", T0.plusSeconds(60));
        CommitmentSnapshot first = snapshot(10100, ACME, "2026-03-01", T0);
        snapshots.record(second);
        snapshots.record(first);

        assertThat(snapshots.historyOf(10100)).containsExactly(first, second);
        assertThat(snapshots.findLatestByIssueId(10100)).contains(second);
    }

    @Test
    void listsTheLatestSnapshotOfEachCommitmentToACustomer() {
        snapshots.record(snapshot(10200, ACME, "2026-03-01", T0));
        CommitmentSnapshot moved = snapshot(10200, ACME, "2026-05-01", T0.plusSeconds(5));
        CommitmentSnapshot other = snapshot(10100, ACME, "2026-02-01", T0);
        snapshots.record(moved);
        snapshots.record(other);
        snapshots.record(snapshot(10300, CustomerKey.of("GLOBEX"), "2026-02-01", T0));

        assertThat(snapshots.findLatestByCustomer(ACME)).containsExactly(other, moved);
    }
}
