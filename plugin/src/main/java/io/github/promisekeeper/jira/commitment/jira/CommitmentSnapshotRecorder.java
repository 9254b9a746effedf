package io.github.promisekeeper.jira.commitment.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentSnapshot;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.jira.commitment.IssueCommitments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Records what a promise was worth when it was made: whenever a Sales Commitment is saved with a customer
 * and a promised date that its latest snapshot does not already hold (created, or either one changed),
 * the customer's current next-renewal date and that contract's annual value are snapshotted.
 * Registered for Jira's issue events while the app is enabled (SAL calls it as a LifecycleAware service).
 */
public class CommitmentSnapshotRecorder implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(CommitmentSnapshotRecorder.class);

    private final EventPublisher events;
    private final IssueCommitments commitments;
    private final CommitmentSnapshots snapshots;
    private final Customers customers;
    private final Clock clock;

    public CommitmentSnapshotRecorder(
            EventPublisher events,
            IssueCommitments commitments,
            CommitmentSnapshots snapshots,
            Customers customers,
            Clock siteClock) {
        this.events = Objects.requireNonNull(events, "events");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.clock = Objects.requireNonNull(siteClock, "siteClock");
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        try {
            commitments.of(issue).ifPresent(commitment -> snapshotIfNew(issue.getId(), commitment));
        } catch (RuntimeException e) {
            // Never fail the user's save because of a snapshot; the next save tries again.
            LOG.error("Could not snapshot commitment {}.", issue.getKey(), e);
        }
    }

    private void snapshotIfNew(long issueId, Commitment commitment) {
        Optional<CommitmentSnapshot> latest = snapshots.findLatestByIssueId(issueId);
        if (latest.isPresent()
                && latest.get().customerKey().equals(commitment.customer())
                && latest.get().promisedDate().equals(commitment.promisedDate())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<NextRenewal> renewal =
                customers.findByKey(commitment.customer()).flatMap(c -> NextRenewal.of(c, today));
        snapshots.record(new CommitmentSnapshot(
                issueId,
                commitment.customer(),
                renewal.flatMap(r -> r.contract().value()).orElse(null),
                renewal.map(NextRenewal::renewal).orElse(null),
                commitment.promisedDate(),
                clock.instant()));
    }
}
