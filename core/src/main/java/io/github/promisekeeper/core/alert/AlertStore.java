package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.List;
import java.util.Map;

/**
 * Where the slip check keeps what it compares between checks (the recorded states) and what it raised (the
 * alerts), shared by every node: the dedupe key is unique in the store, and a state's version is written only
 * over the version before it.
 */
public interface AlertStore {

    /** Every recorded commitment state, by commitment. */
    Map<IssueKey, CommitmentState> findCommitmentStates();

    /** Every recorded customer state, by customer. */
    Map<CustomerKey, CustomerState> findCustomerStates();

    /** The alerts {@code query} asks for, newest first. */
    List<StoredAlert> find(AlertQuery query);

    /** Every open alert, oldest first: what a check may resolve. */
    List<StoredAlert> findOpen();

    /**
     * Writes {@code update} in one transaction and, still inside it, tells {@code inTransaction} what was
     * stored (only when it raised or resolved an alert), so that what it writes (a webhook outbox) commits or rolls
     * back with the alerts.
     *
     * @return the alerts raised and resolved, as stored
     * @throws AlertConflictException when another check stored one of these alerts or a newer state first; nothing
     *     of {@code update} is then stored
     */
    AlertChanges store(AlertUpdate update, AlertTransactionListener inTransaction);
}
