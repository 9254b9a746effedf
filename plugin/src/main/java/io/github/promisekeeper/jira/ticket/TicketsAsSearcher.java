package io.github.promisekeeper.jira.ticket;

import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.ticket.Tickets;

/**
 * The tickets port reading Jira as a user Jira names rather than whoever the thread is logged in as: for work that
 * runs without a request, such as the daily slip check acting for an administrator.
 */
@FunctionalInterface
public interface TicketsAsSearcher {

    /** The open tickets {@code searcher} (null for anonymous) may open. */
    Tickets tickets(ApplicationUser searcher);
}
