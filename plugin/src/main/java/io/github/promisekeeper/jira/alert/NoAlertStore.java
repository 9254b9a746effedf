package io.github.promisekeeper.jira.alert;

import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.AlertUpdate;
import io.github.promisekeeper.core.alert.CommitmentState;
import io.github.promisekeeper.core.alert.CustomerState;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.List;
import java.util.Map;

/**
 * The alert store until the slip check's own storage (Active Objects) is wired in its place: it holds no alerts and
 * stores none, so the alert views show their empty state. Replaced, not extended, when the storage lands.
 */
public final class NoAlertStore implements AlertStore {

    @Override
    public Map<IssueKey, CommitmentState> findCommitmentStates() {
        return Map.of();
    }

    @Override
    public Map<CustomerKey, CustomerState> findCustomerStates() {
        return Map.of();
    }

    @Override
    public List<StoredAlert> find(AlertQuery query) {
        return List.of();
    }

    @Override
    public List<StoredAlert> findOpen() {
        return List.of();
    }

    @Override
    public AlertChanges store(AlertUpdate update, AlertTransactionListener inTransaction) {
        throw new UnsupportedOperationException("No alert storage is wired yet; the slip check cannot store alerts.");
    }
}
