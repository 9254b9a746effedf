package io.github.promisekeeper.jira.webhook;

import java.time.Instant;
import java.util.List;

/** The delivery log as administrators read and act on it (port; Active Objects in Jira). */
public interface DeliveryLog {

    /** The latest deliveries, newest first, at most {@code limit}. */
    List<DeliveryLogEntry> recent(int limit);

    /**
     * Sends delivery {@code id} again under its delivery id: pending from {@code now}, with a fresh retry schedule
     * (attempts back to zero). False when there is no such delivery.
     */
    boolean redeliver(long id, Instant now);
}
