package io.github.promisekeeper.jira.settings;

import java.util.List;

/**
 * The history of the site's settings: every change, with who made it, when, through what and what changed.
 * Kept in the database, so every cluster node sees the same history.
 */
public interface SettingsHistory {

    int MAX_LIMIT = 100;

    /**
     * Records {@code entry}, then runs {@code write} (which stores the new settings), in one transaction:
     * when recording fails the settings are not written, and when the write fails nothing is recorded.
     */
    void record(SettingsChange entry, Runnable write);

    /** The latest entries, newest first, at most {@code limit} (1 to {@link #MAX_LIMIT}). */
    List<SettingsChange> recent(int limit);

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", not " + limit + ".");
        }
    }
}
