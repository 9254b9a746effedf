package io.github.promisekeeper.preview.demo;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.IssueCommitments;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's {@link Commitments}: the demo Jira's Sales Commitments, every one open and visible to every demo
 * user, so it is also what {@link ReadsAsSearcher} gives for any searcher; and the commitment a demo issue records,
 * for the commitment panel.
 */
public final class PreviewCommitments implements Commitments, IssueCommitments {

    private final DemoJira jira;

    public PreviewCommitments(DemoJira jira) {
        this.jira = Objects.requireNonNull(jira, "demo jira");
    }

    @Override
    public List<Commitment> findByCustomers(Set<CustomerKey> customers) {
        List<Commitment> found = new ArrayList<>();
        customers.forEach(customer -> found.addAll(jira.commitmentsOf(customer)));
        return found;
    }

    @Override
    public List<Commitment> findByEpic(IssueKey epic) {
        return jira.commitmentsDeliveredBy(epic);
    }

    @Override
    public List<Commitment> findOpenByCustomer(CustomerKey customer) {
        return jira.commitmentsOf(customer);
    }

    @Override
    public List<Commitment> findOpen() {
        return jira.commitments();
    }

    @Override
    public List<Commitment> findPromisedBetween(LocalDate from, LocalDate to) {
        return jira.commitments().stream()
                .filter(c ->
                        !c.promisedDate().isBefore(from) && !c.promisedDate().isAfter(to))
                .toList();
    }

    @Override
    public Optional<Commitment> of(Issue issue) {
        try {
            return jira.commitment(IssueKey.of(issue.getKey()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The demo ports for any searcher: every demo user sees every demo commitment and epic. */
    public static ReadsAsSearcher forEverySearcher(Commitments commitments, EpicDeliveries epics) {
        return new ReadsAsSearcher() {
            @Override
            public Commitments commitments(ApplicationUser searcher) {
                return commitments;
            }

            @Override
            public EpicDeliveries epics(ApplicationUser searcher) {
                return epics;
            }
        };
    }
}
