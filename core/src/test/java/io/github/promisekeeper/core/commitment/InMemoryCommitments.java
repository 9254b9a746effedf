package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Commitments and epic delivery states kept in memory for tests; counts calls so tests can check batching. A project
 * scope selects the epics of that project; other scopes select every epic.
 */
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

    /** Every commitment kept, open or not, promised between the two days. */
    @Override
    public List<Commitment> findPromisedBetween(LocalDate from, LocalDate to) {
        calls++;
        return commitments.stream()
                .filter(c ->
                        !c.promisedDate().isBefore(from) && !c.promisedDate().isAfter(to))
                .toList();
    }

    @Override
    public Set<IssueKey> findInScope(Set<IssueKey> wanted, Scope scope) {
        calls++;
        return wanted.stream().filter(key -> inScope(key, scope)).collect(Collectors.toSet());
    }

    /** The epics added that are not done, in the scope. */
    @Override
    public OpenEpics countOpen(Scope scope, Set<IssueKey> delivering) {
        calls++;
        List<IssueKey> open = epics.values().stream()
                .filter(epic -> !epic.isDone() && inScope(epic.epic(), scope))
                .map(EpicDelivery::epic)
                .toList();
        return new OpenEpics(
                open.size(), open.stream().filter(delivering::contains).count());
    }

    private static boolean inScope(IssueKey epic, Scope scope) {
        return scope.kind() != Scope.Kind.PROJECT || epic.project().equals(scope.value());
    }

    @Override
    public Map<IssueKey, EpicDelivery> findByKeys(Set<IssueKey> wanted) {
        calls++;
        if (wanted.size() > MAX_KEYS_PER_CALL) {
            // As the port promises callers: an adapter reads no more than this in one call.
            throw new IllegalArgumentException(
                    "At most " + MAX_KEYS_PER_CALL + " epics per call, not " + wanted.size() + ".");
        }
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
