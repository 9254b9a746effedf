package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;

import java.util.Map;
import java.util.Set;

/** The delivery state of epics, as Jira knows them. */
public interface EpicDeliveries {

    /**
     * Most epics one {@link #findByKeys} call reads (an adapter bounds the searches one call runs: Jira's reads
     * 500 keys a search, two searches per 500); a caller with more calls it once per slice of this many.
     */
    int MAX_KEYS_PER_CALL = 2_500;

    /**
     * The delivery state of each of {@code epics} (at most {@link #MAX_KEYS_PER_CALL}) the viewer can see, in one
     * call; others are absent.
     */
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
