package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Commitments and epic delivery states kept in memory for tests; counts calls so tests can check batching. */
public final class InMemoryCommitments implements Commitments, EpicDeliveries {

    private final List<Commitment> commitments = new CopyOnWriteArrayList<>();
    private final Map<IssueKey, EpicDelivery> epics = new HashMap<>();
    private int calls;

    public InMemoryCommitments add(Commitment commitment) {
        commitments.add(commitment);
        return this;
    }

    public InMemoryCommitments add(EpicDelivery epic) {
        epics.put(epic.epic(), epic);
        return this;
    }

    @Override
    public List<Commitment> findByCustomers(Set<CustomerKey> customers) {
        calls++;
        return commitments.stream()
                .filter(c -> customers.contains(c.customer()))
                .toList();
    }

    @Override
    public List<Commitment> findByEpic(IssueKey epic) {
        calls++;
        return commitments.stream()
                .filter(c -> c.deliveringEpics().contains(epic))
                .toList();
    }

    /** Every commitment kept: this double has no closed ones. */
    @Override
    public List<Commitment> findOpenByCustomer(CustomerKey customer) {
        calls++;
        return commitments.stream().filter(c -> c.customer().equals(customer)).toList();
    }

    /** Every commitment kept: this double has no closed ones. */
    @Override
    public List<Commitment> findOpen() {
        calls++;
        return List.copyOf(commitments);
    }

    @Override
    public Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> wanted) {
        calls++;
        Map<IssueKey, EpicDelivery> found = new HashMap<>();
        wanted.forEach(key -> {
            EpicDelivery epic = epics.get(key);
            if (epic != null) {
                found.put(key, epic);
            }
        });
        return found;
    }

    /** How many port calls were made, across all methods. */
    public int calls() {
        return calls;
    }
}
