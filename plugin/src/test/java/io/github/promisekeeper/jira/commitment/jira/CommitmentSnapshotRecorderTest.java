package io.github.promisekeeper.jira.commitment.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentSnapshot;
import io.github.promisekeeper.core.commitment.InMemoryCommitmentSnapshots;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.IssueCommitments;
import io.github.promisekeeper.jira.search.FakeJira;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CommitmentSnapshotRecorderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    private final EventPublisher events = mock(EventPublisher.class);
    private final IssueCommitments commitments = mock(IssueCommitments.class);
    private final InMemoryCommitmentSnapshots snapshots = new InMemoryCommitmentSnapshots();
    private final Customers customers = mock(Customers.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final CommitmentSnapshotRecorder recorder =
            new CommitmentSnapshotRecorder(events, commitments, snapshots, customers, clock);
    private final Issue issue = FakeJira.issue(42, "SC-1", "SSO", "new", Map.of());
    private final IssueEvent event = mock(IssueEvent.class);

    CommitmentSnapshotRecorderTest() {
        when(event.getIssue()).thenReturn(issue);
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(new Customer(
                        CustomerKey.of("ACME"),
                        "Acme",
                        null,
                        Set.of(),
                        null,
                        null,
                        List.of(new Contract(
                                "K1",
                                null,
                                TODAY.plusDays(100),
                                Money.of("50000", "EUR"),
                                30,
                                false,
                                ContractStatus.ACTIVE)))));
    }

    @Test
    void snapshotsTheCustomersValueAndRenewalWhenACommitmentGetsItsPromisedDate() {
        promised(TODAY.plusDays(40));

        recorder.onIssueEvent(event);

        assertThat(snapshots.historyOf(42))
                .singleElement()
                .isEqualTo(new CommitmentSnapshot(
                        42,
                        CustomerKey.of("ACME"),
                        Money.of("50000", "EUR"),
                        TODAY.plusDays(100),
                        TODAY.plusDays(40),
                        clock.instant()));
    }

    @Test
    void savingAgainWithoutChangingCustomerOrDateRecordsNothingNew() {
        promised(TODAY.plusDays(40));

        recorder.onIssueEvent(event);
        recorder.onIssueEvent(event);

        assertThat(snapshots.historyOf(42)).hasSize(1);
    }

    @Test
    void changingThePromisedDateRecordsANewSnapshot() {
        promised(TODAY.plusDays(40));
        recorder.onIssueEvent(event);
        promised(TODAY.plusDays(70));

        recorder.onIssueEvent(event);

        assertThat(snapshots.historyOf(42))
                .extracting(CommitmentSnapshot::promisedDate)
                .containsExactly(TODAY.plusDays(40), TODAY.plusDays(70));
    }

    @Test
    void issuesThatAreNotCommitmentsAreIgnoredAndFailuresNeverReachTheSave() {
        when(commitments.of(any())).thenReturn(Optional.empty());
        recorder.onIssueEvent(event);
        when(commitments.of(any())).thenThrow(new IllegalStateException("boom"));
        recorder.onIssueEvent(event);

        assertThat(snapshots.historyOf(42)).isEmpty();
    }

    @Test
    void listensOnlyWhileTheAppIsEnabled() {
        recorder.onStart();
        recorder.onStop();

        verify(events).register(recorder);
        verify(events).unregister(recorder);
    }

    private void promised(LocalDate date) {
        when(commitments.of(issue))
                .thenReturn(Optional.of(new Commitment(
                        IssueKey.of("SC-1"),
                        CustomerKey.of("ACME"),
                        "SSO",
                        date,
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        List.of())));
    }
}
