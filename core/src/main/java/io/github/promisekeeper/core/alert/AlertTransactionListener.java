package io.github.promisekeeper.core.alert;

/**
 * Hears of alerts inside the transaction that stores them (a webhook outbox implements it): what it writes
 * commits or rolls back with the alerts. It must not do work that cannot be rolled back (mail, HTTP).
 */
@FunctionalInterface
public interface AlertTransactionListener {

    /** Nothing to hear. */
    AlertTransactionListener NONE = changes -> {};

    /** {@code changes} are written but not committed; throwing rolls the whole check's update back. */
    void alertsStoring(AlertChanges changes);
}
