package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The alert store in memory, for tests: the same rules as the database (a dedupe key once, a state version only
 * over the one before), an update applied whole or not at all.
 */
public final class InMemoryAlertStore implements AlertStore {

    private final Map<IssueKey, CommitmentState> commitments = new TreeMap<>();
    private final Map<CustomerKey, CustomerState> customers = new TreeMap<>();
    private final Map<DedupeKey, StoredAlert> alerts = new LinkedHashMap<>();
    private long nextId = 1;
    private int stores;

    @Override
    public synchronized Map<IssueKey, CommitmentState> findCommitmentStates() {
        return Map.copyOf(commitments);
    }

    @Override
    public synchronized Map<CustomerKey, CustomerState> findCustomerStates() {
        return Map.copyOf(customers);
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
                        .map(key -> stored.alert().commitment().equals(Optional.of(key)))
                        .orElse(true))
                .filter(stored -> query.state()
                        .map(state -> state == stored.alert().state())
                        .orElse(true))
                .filter(stored -> query.before().map(id -> stored.id() < id).orElse(true))
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
        for (CommitmentState state : update.commitments()) {
            CommitmentState was = commitments.get(state.commitment());
            if ((was == null ? 0 : was.version()) != state.version() - 1) {
                throw new AlertConflictException("State of " + state.commitment() + " changed meanwhile.");
            }
        }
        for (CustomerState state : update.customers()) {
            CustomerState was = customers.get(state.customer());
            if ((was == null ? 0 : was.version()) != state.version() - 1) {
                throw new AlertConflictException("State of " + state.customer() + " changed meanwhile.");
            }
        }
        for (Alert alert : update.raise()) {
            if (alerts.containsKey(alert.dedupeKey())) {
                throw new AlertConflictException("Alert " + alert.dedupeKey() + " is already stored.");
            }
        }
        Map<IssueKey, CommitmentState> commitmentsBefore = new TreeMap<>(commitments);
        Map<CustomerKey, CustomerState> customersBefore = new TreeMap<>(customers);
        Map<DedupeKey, StoredAlert> alertsBefore = new LinkedHashMap<>(alerts);
        long nextIdBefore = nextId;
        try {
            return apply(update, inTransaction);
        } catch (RuntimeException rollback) {
            commitments.clear();
            commitments.putAll(commitmentsBefore);
            customers.clear();
            customers.putAll(customersBefore);
            alerts.clear();
            alerts.putAll(alertsBefore);
            nextId = nextIdBefore;
            throw rollback;
        }
    }

    private AlertChanges apply(AlertUpdate update, AlertTransactionListener inTransaction) {
        stores++;
        update.commitments().forEach(state -> commitments.put(state.commitment(), state));
        update.forgetCommitments().forEach(commitments::remove);
        update.customers().forEach(state -> customers.put(state.customer(), state));
        update.forgetCustomers().forEach(customers::remove);
        List<StoredAlert> raised = new ArrayList<>();
        for (Alert alert : update.raise()) {
            StoredAlert stored = new StoredAlert(nextId++, alert);
            alerts.put(alert.dedupeKey(), stored);
            raised.add(stored);
        }
        List<StoredAlert> resolved = new ArrayList<>();
        Map<DedupeKey, StoredAlert> changed = new HashMap<>();
        for (DedupeKey key : update.resolve()) {
            StoredAlert stored = alerts.get(key);
            if (stored != null && stored.alert().isOpen()) {
                StoredAlert now = new StoredAlert(stored.id(), stored.alert().resolvedOn(update.today()));
                changed.put(key, now);
                resolved.add(now);
            }
        }
        alerts.putAll(changed);
        resolved.sort(Comparator.comparingLong(StoredAlert::id));
        AlertChanges changes = new AlertChanges(raised, resolved);
        if (!changes.isEmpty()) {
            inTransaction.alertsStoring(changes);
        }
        return changes;
    }

    /** How many updates were stored. */
    public synchronized int stores() {
        return stores;
    }
}
