package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertConflictException;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.AlertUpdate;
import io.github.promisekeeper.core.alert.CommitmentState;
import io.github.promisekeeper.core.alert.CustomerState;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's alert store until the plugin wires its Active Objects one: alerts in memory, for as long as the
 * preview runs, raised and resolved through the port as the slip check does. It keeps no recorded states.
 */
public final class PreviewAlertStore implements AlertStore {

    private final Map<DedupeKey, StoredAlert> alerts = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Map<IssueKey, CommitmentState> findCommitmentStates() {
        return Map.of();
    }

    @Override
    public Map<CustomerKey, CustomerState> findCustomerStates() {
        return Map.of();
    }

    @Override
    public synchronized List<StoredAlert> find(AlertQuery query) {
        return alerts.values().stream()
                .filter(stored -> query.since()
                        .map(day -> !stored.alert().raisedOn().isBefore(day))
                        .orElse(true))
                .filter(stored -> query.customer()
                        .map(key -> key.equals(stored.alert().customer()))
                        .orElse(true))
                .filter(stored -> query.commitment()
                        .map(key ->
                                stored.alert().commitment().filter(key::equals).isPresent())
                        .orElse(true))
                .filter(stored -> query.state()
                        .map(state -> state == stored.alert().state())
                        .orElse(true))
                .sorted(Comparator.comparingLong(StoredAlert::id).reversed())
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized List<StoredAlert> findOpen() {
        return alerts.values().stream()
                .filter(stored -> stored.alert().isOpen())
                .toList();
    }

    @Override
    public synchronized AlertChanges store(AlertUpdate update, AlertTransactionListener inTransaction) {
        for (Alert alert : update.raise()) {
            if (alerts.containsKey(alert.dedupeKey())) {
                throw new AlertConflictException("Alert " + alert.dedupeKey() + " is already stored.");
            }
        }
        List<StoredAlert> raised = new ArrayList<>();
        for (Alert alert : update.raise()) {
            StoredAlert stored = new StoredAlert(nextId++, alert);
            alerts.put(alert.dedupeKey(), stored);
            raised.add(stored);
        }
        List<StoredAlert> resolved = new ArrayList<>();
        for (DedupeKey key : update.resolve()) {
            StoredAlert stored = alerts.get(key);
            if (stored != null && stored.alert().isOpen()) {
                StoredAlert now = new StoredAlert(stored.id(), stored.alert().resolvedOn(update.today()));
                alerts.put(key, now);
                resolved.add(now);
            }
        }
        AlertChanges changes = new AlertChanges(raised, resolved);
        if (!changes.isEmpty()) {
            inTransaction.alertsStoring(changes);
        }
        return changes;
    }
}
