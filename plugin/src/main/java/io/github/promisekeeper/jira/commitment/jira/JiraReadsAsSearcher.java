package io.github.promisekeeper.jira.commitment.jira;

import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;

import java.util.Objects;

/** {@link ReadsAsSearcher} over Jira's search: the Jira adapters, bound to the searcher instead of the logged-in user. */
public final class JiraReadsAsSearcher implements ReadsAsSearcher {

    private final JiraCommitments commitments;
    private final JiraEpicDeliveries epics;

    public JiraReadsAsSearcher(JiraCommitments commitments, JiraEpicDeliveries epics) {
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.epics = Objects.requireNonNull(epics, "epics");
    }

    @Override
    public Commitments commitments(ApplicationUser searcher) {
        return commitments.as(searcher);
    }

    @Override
    public EpicDeliveries epics(ApplicationUser searcher) {
        return epics.as(searcher);
    }
}
