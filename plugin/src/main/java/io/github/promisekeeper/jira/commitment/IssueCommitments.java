package io.github.promisekeeper.jira.commitment;

import com.atlassian.jira.issue.Issue;
import io.github.promisekeeper.core.commitment.Commitment;

import java.util.Optional;

/**
 * The commitment a Jira issue records, read from the issue in hand rather than searched for: the panel on a
 * Sales Commitment and the snapshot recorder already hold the issue.
 */
public interface IssueCommitments {

    /** The commitment {@code issue} records, when it is a Sales Commitment with a customer and a promised date. */
    Optional<Commitment> of(Issue issue);
}
