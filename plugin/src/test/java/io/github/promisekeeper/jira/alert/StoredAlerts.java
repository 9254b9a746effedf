package io.github.promisekeeper.jira.alert;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.AlertUpdate;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test data: alerts stored through the {@link AlertStore} port, as the slip check stores them. */
public final class StoredAlerts {

    private final AlertStore store;
    private long version;

    public StoredAlerts(AlertStore store) {
        this.store = store;
    }

    /** A health worsening of {@code commitment} raised on {@code day}, stored. */
    public StoredAlert healthWorsened(String customer, String name, String commitment, String summary, LocalDate day) {
        AlertFacts facts = AlertFacts.about(name)
                .withCommitment(summary, day.plusDays(30))
                .withHealth(Health.ON_TRACK, Health.AT_RISK);
        return raise(Alert.raise(
                AlertKind.HEALTH_WORSENED,
                CustomerKey.of(customer),
                IssueKey.of(commitment),
                facts,
                day,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, IssueKey.of(commitment), "", ++version)));
    }

    /** A delivering epic's forecast that moved past the promise of {@code commitment}, stored. */
    public StoredAlert forecastPastPromise(String customer, String commitment, String epic, LocalDate day) {
        AlertFacts facts = AlertFacts.about(customer)
                .withCommitment("Promise " + commitment, day.plusDays(10))
                .withEpic(IssueKey.of(epic))
                .withMove(Optional.of(day.plusDays(5)), Optional.of(day.plusDays(20)));
        return raise(Alert.raise(
                AlertKind.FORECAST_PAST_PROMISE,
                CustomerKey.of(customer),
                IssueKey.of(commitment),
                facts,
                day,
                DedupeKey.of(AlertKind.FORECAST_PAST_PROMISE, IssueKey.of(commitment), epic, ++version)));
    }

    /** A move of the customer's renewal, raised on {@code day}, stored. */
    public StoredAlert renewalMoved(String customer, String name, LocalDate day) {
        AlertFacts facts =
                AlertFacts.about(name).withMove(Optional.of(day.plusDays(60)), Optional.of(day.plusDays(30)));
        return raise(Alert.raise(
                AlertKind.RENEWAL_MOVED,
                CustomerKey.of(customer),
                facts,
                day,
                DedupeKey.of(AlertKind.RENEWAL_MOVED, CustomerKey.of(customer), "", ++version)));
    }

    /** Resolves {@code stored} on {@code day}. */
    public StoredAlert resolve(StoredAlert stored, LocalDate day) {
        return store.store(
                        new AlertUpdate(
                                List.of(),
                                Set.of(),
                                List.of(),
                                Set.of(),
                                List.of(),
                                Set.of(stored.alert().dedupeKey()),
                                day),
                        AlertTransactionListener.NONE)
                .resolved()
                .get(0);
    }

    private StoredAlert raise(Alert alert) {
        return store.store(
                        new AlertUpdate(
                                List.of(), Set.of(), List.of(), Set.of(), List.of(alert), Set.of(), alert.raisedOn()),
                        AlertTransactionListener.NONE)
                .raised()
                .get(0);
    }
}
