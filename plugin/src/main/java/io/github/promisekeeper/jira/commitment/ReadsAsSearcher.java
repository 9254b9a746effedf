package io.github.promisekeeper.jira.commitment;

import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;

/**
 * The commitment ports reading Jira as a user Jira names rather than whoever the thread is logged in as: a JQL
 * function answers for the searcher of its query, whose permissions apply.
 */
public interface ReadsAsSearcher {

    /** The Sales Commitments {@code searcher} (null for anonymous) may open, naming only the epics they may open. */
    Commitments commitments(ApplicationUser searcher);

    /** The delivery state of the epics {@code searcher} may open, from the children they may open. */
    EpicDeliveries epics(ApplicationUser searcher);
}
