package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;

import java.util.Map;
import java.util.Set;

/** The delivery state of epics, as Jira knows them. */
public interface EpicDeliveries {

    /** The delivery state of each of {@code epics} the viewer can see, in one call; others are absent. */
    Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> epics);

    /**
     * Those of {@code epics} that fall inside {@code scope} and the viewer can see, in a bounded number of
     * searches; {@link Scope.Kind#ALL} holds every one of them.
     */
    Set<IssueKey> findInScope(Set<IssueKey> epics, Scope scope);

    /**
     * How many open epics (status category not done) inside {@code scope} the viewer can see, and how many of
     * those are among {@code delivering}, in a bounded number of searches.
     */
    OpenEpics countOpen(Scope scope, Set<IssueKey> delivering);
}
