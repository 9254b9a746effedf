package io.github.promisekeeper.core.alert;

/**
 * Hears of alerts after they are committed (the mail side implements it): called once per check with what it
 * raised and resolved, never for alerts that were not stored, so a crash never mails an alert that does not
 * exist. Work that is not transactional (the mail queue) belongs here.
 */
@FunctionalInterface
public interface AlertListener {

    /** {@code changes} are committed; not called when a check changed nothing. */
    void alertsStored(AlertChanges changes);
}
