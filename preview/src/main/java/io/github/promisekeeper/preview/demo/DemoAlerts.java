package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.AlertUpdate;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A few demo alerts, stored through the {@link AlertStore} port when the store holds none, so the "What changed"
 * sections show something before the slip check runs in the preview: on the first demo commitment with an epic, a
 * health worsening raised 12 days ago and resolved 6 days ago, a forecast that moved past the promise 3 days ago
 * and a worsening yesterday; a renewal move of its customer 2 days ago; and a worsening of a commitment to a
 * customer whose name holds HTML, which must show as text. Preview only; the slip check raises real ones.
 */
public final class DemoAlerts {

    private DemoAlerts() {}

    /** Stores the demo alerts for {@code today} unless {@code store} already holds alerts; true if it did. */
    public static boolean seed(AlertStore store, DemoJira jira, List<Customer> customers, LocalDate today) {
        if (!store.find(AlertQuery.all(1)).isEmpty()) {
            return false;
        }
        Map<CustomerKey, Customer> byKey =
                customers.stream().collect(Collectors.toMap(Customer::key, Function.identity(), (a, b) -> a));
        List<Commitment> withEpics = jira.commitments().stream()
                .filter(c -> !c.deliveringEpics().isEmpty())
                .sorted(Comparator.comparing(Commitment::key))
                .toList();
        if (withEpics.isEmpty()) {
            return false;
        }
        Commitment first = withEpics.get(0);
        String firstName = name(byKey, first.customer());
        long version = 0;
        Alert resolved = worsened(first, firstName, Health.ON_TRACK, Health.AT_RISK, today.minusDays(12), ++version);
        store(store, List.of(resolved), Set.of(), today.minusDays(12));
        store(store, List.of(), Set.of(resolved.dedupeKey()), today.minusDays(6));
        IssueKey epic = first.deliveringEpics().get(0);
        store(
                store,
                List.of(Alert.raise(
                        AlertKind.FORECAST_PAST_PROMISE,
                        first.customer(),
                        first.key(),
                        AlertFacts.about(firstName)
                                .withCommitment(first.summary(), first.promisedDate())
                                .withEpic(epic)
                                .withMove(
                                        Optional.of(first.promisedDate().minusDays(4)),
                                        Optional.of(first.promisedDate().plusDays(11))),
                        today.minusDays(3),
                        DedupeKey.of(AlertKind.FORECAST_PAST_PROMISE, first.key(), epic.toString(), ++version))),
                Set.of(),
                today.minusDays(3));
        Customer customer = byKey.get(first.customer());
        if (customer != null) {
            store(
                    store,
                    List.of(Alert.raise(
                            AlertKind.RENEWAL_MOVED,
                            first.customer(),
                            AlertFacts.about(firstName)
                                    .withMove(Optional.of(today.plusDays(75)), Optional.of(today.plusDays(45))),
                            today.minusDays(2),
                            DedupeKey.of(AlertKind.RENEWAL_MOVED, first.customer(), "", ++version))),
                    Set.of(),
                    today.minusDays(2));
        }
        store(
                store,
                List.of(worsened(first, firstName, Health.AT_RISK, Health.OVERDUE, today.minusDays(1), ++version)),
                Set.of(),
                today.minusDays(1));
        Optional<Commitment> hostile = jira.commitments().stream()
                .filter(c -> name(byKey, c.customer()).contains("<"))
                .min(Comparator.comparing(Commitment::key));
        if (hostile.isPresent()) {
            Commitment promise = hostile.get();
            store(
                    store,
                    List.of(worsened(
                            promise,
                            name(byKey, promise.customer()),
                            Health.ON_TRACK,
                            Health.NO_DELIVERY_PLAN,
                            today,
                            ++version)),
                    Set.of(),
                    today);
        }
        return true;
    }

    private static Alert worsened(
            Commitment commitment, String customerName, Health was, Health is, LocalDate day, long version) {
        return Alert.raise(
                AlertKind.HEALTH_WORSENED,
                commitment.customer(),
                commitment.key(),
                AlertFacts.about(customerName)
                        .withCommitment(commitment.summary(), commitment.promisedDate())
                        .withHealth(was, is),
                day,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, commitment.key(), "demo", version));
    }

    private static String name(Map<CustomerKey, Customer> customers, CustomerKey key) {
        Customer customer = customers.get(key);
        return customer == null ? key.value() : customer.name();
    }

    private static void store(AlertStore store, List<Alert> raise, Set<DedupeKey> resolve, LocalDate day) {
        store.store(
                new AlertUpdate(List.of(), Set.of(), List.of(), Set.of(), raise, resolve, day),
                AlertTransactionListener.NONE);
    }
}
