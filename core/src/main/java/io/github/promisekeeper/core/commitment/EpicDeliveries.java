package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.Map;
import java.util.Set;

/** The delivery state of epics, as Jira knows them. */
public interface EpicDeliveries {

    /** The delivery state of each of {@code epics} the viewer can see, in one call; others are absent. */
    Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> epics);
}
