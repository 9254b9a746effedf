package io.github.promisekeeper.preview.demo;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.jql.JqlSearch;
import io.github.promisekeeper.jira.permission.IssueVisibility;
import io.github.promisekeeper.jira.setup.JiraSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's {@link Commitments}: the demo Jira's Sales Commitments. It extends {@link JiraCommitments} only
 * because the plugin's commitment panel asks for that class (for {@link #of(Issue)}); every method it has is
 * answered from the demo data, and the Jira services handed to the superclass are never called.
 */
public final class PreviewCommitments extends JiraCommitments implements Commitments {

    private final DemoJira jira;

    public PreviewCommitments(DemoJira jira, JqlSearch unusedSearch, JiraSchema unusedSchema, IssueLinkManager unusedLinks,
                              CommitmentSnapshots unusedSnapshots, IssueVisibility unusedVisibility) {
        super(unusedSearch, unusedSchema, unusedLinks, unusedSnapshots, unusedVisibility);
        this.jira = Objects.requireNonNull(jira, "demo jira");
    }

    @Override
    public List<Commitment> forCustomers(Set<CustomerKey> customers) {
        List<Commitment> found = new ArrayList<>();
        customers.forEach(customer -> found.addAll(jira.commitmentsOf(customer)));
        return found;
    }

    @Override
    public List<Commitment> deliveredBy(IssueKey epic) {
        return jira.commitmentsDeliveredBy(epic);
    }

    @Override
    public List<Commitment> open() {
        return jira.commitments();
    }

    @Override
    public List<Commitment> openOf(CustomerKey customer) {
        return jira.commitmentsOf(customer);
    }

    @Override
    public List<Commitment> openFor(ApplicationUser searcher) {
        return jira.commitments();
    }

    @Override
    public Optional<Commitment> of(Issue issue) {
        try {
            return jira.commitment(IssueKey.of(issue.getKey()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
