package io.github.promisekeeper.jira.alert.ao;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertConflictException;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertState;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.AlertUpdate;
import io.github.promisekeeper.core.alert.CommitmentState;
import io.github.promisekeeper.core.alert.CustomerState;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.EpicState;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AlertStore} must do; one subclass per implementation and database. */
public abstract class AlertStoreContract {

    protected static final LocalDate DAY1 = LocalDate.parse("2027-02-01");
    private static final CustomerKey ACME = CustomerKey.of("ACME");
    private static final IssueKey SC1 = IssueKey.of("SC-1");

    protected AlertStore store;

    protected abstract AlertStore emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    @Test
    void readsBackStatesAndAlertsWithEveryFact() {
        CommitmentState commitment = commitmentState(1);
        CustomerState customer = new CustomerState(
                ACME,
                Optional.of(LocalDate.parse("2027-04-30")),
                Optional.of(LocalDate.parse("2027-03-31")),
                Map.of("C-1", ContractStatus.ACTIVE, "contract 2 = old", ContractStatus.CANCELLED),
                Optional.of(RiskLevel.HIGH),
                true,
                DAY1,
                1);
        Alert alert = Alert.raise(
                AlertKind.FORECAST_PAST_NOTICE_DEADLINE,
                ACME,
                SC1,
                AlertFacts.about("Acme <b>Inc</b>")
                        .withCommitment("Single sign-on", LocalDate.parse("2027-03-01"))
                        .withEpic(IssueKey.of("SSO-1"))
                        .withHealth(Health.ON_TRACK, Health.BREACHES_RENEWAL)
                        .withMove(Optional.empty(), Optional.of(LocalDate.parse("2027-04-02")))
                        .withRenewal(
                                Optional.of(LocalDate.parse("2027-04-30")), Optional.of(LocalDate.parse("2027-03-31")))
                        .withContract("C-1")
                        .withRisk(RiskLevel.HIGH)
                        .withCount(3),
                DAY1,
                DedupeKey.of(AlertKind.FORECAST_PAST_NOTICE_DEADLINE, SC1, "SSO-1", 1));

        AlertChanges changes = store.store(
                update(List.of(commitment), List.of(customer), List.of(alert), Set.of()),
                AlertTransactionListener.NONE);

        assertThat(store.findCommitmentStates()).containsExactly(Map.entry(SC1, commitment));
        assertThat(store.findCustomerStates()).containsExactly(Map.entry(ACME, customer));
        assertThat(changes.raised()).extracting(StoredAlert::alert).containsExactly(alert);
        assertThat(store.find(AlertQuery.all(10))).isEqualTo(changes.raised());
        assertThat(store.findOpen()).isEqualTo(changes.raised());
    }

    @Test
    void storesADedupeKeyOnceAndNothingElseOfTheUpdateThatRepeatsIt() {
        Alert alert = worsened(1, DAY1);
        store.store(
                update(List.of(commitmentState(1)), List.of(), List.of(alert), Set.of()),
                AlertTransactionListener.NONE);

        assertThatThrownBy(() -> store.store(
                        update(List.of(commitmentState(2)), List.of(), List.of(alert), Set.of()),
                        AlertTransactionListener.NONE))
                .isInstanceOf(AlertConflictException.class);
        assertThat(store.find(AlertQuery.all(10))).hasSize(1);
        assertThat(store.findCommitmentStates().get(SC1).version()).isEqualTo(1);
    }

    @Test
    void writesAStateOnlyOverTheVersionBeforeIt() {
        store.store(update(List.of(commitmentState(1)), List.of(), List.of(), Set.of()), AlertTransactionListener.NONE);
        store.store(update(List.of(commitmentState(2)), List.of(), List.of(), Set.of()), AlertTransactionListener.NONE);

        assertThatThrownBy(() -> store.store(
                        update(List.of(commitmentState(2)), List.of(), List.of(), Set.of()),
                        AlertTransactionListener.NONE))
                .isInstanceOf(AlertConflictException.class);
        assertThatThrownBy(() -> store.store(
                        update(List.of(commitmentState(1)), List.of(), List.of(), Set.of()),
                        AlertTransactionListener.NONE))
                .isInstanceOf(AlertConflictException.class);
        assertThat(store.findCommitmentStates().get(SC1).version()).isEqualTo(2);
    }

    @Test
    void resolvesOpenAlertsOnTheDayGivenAndFindsByEachCriterionNewestFirst() {
        Alert first = worsened(1, DAY1);
        Alert second = Alert.raise(
                AlertKind.RENEWAL_MOVED,
                CustomerKey.of("GLOBEX"),
                AlertFacts.about("Globex"),
                DAY1.plusDays(2),
                DedupeKey.of(AlertKind.RENEWAL_MOVED, CustomerKey.of("GLOBEX"), "", 4));
        store.store(update(List.of(), List.of(), List.of(first, second), Set.of()), AlertTransactionListener.NONE);

        AlertChanges resolved = store.store(
                new AlertUpdate(
                        List.of(),
                        Set.of(),
                        List.of(),
                        Set.of(),
                        List.of(),
                        Set.of(first.dedupeKey()),
                        DAY1.plusDays(3)),
                AlertTransactionListener.NONE);

        assertThat(resolved.resolved())
                .extracting(StoredAlert::alert)
                .containsExactly(first.resolvedOn(DAY1.plusDays(3)));
        assertThat(store.findOpen()).extracting(StoredAlert::alert).containsExactly(second);
        assertThat(store.find(AlertQuery.all(10)))
                .extracting(s -> s.alert().kind())
                .containsExactly(AlertKind.RENEWAL_MOVED, AlertKind.HEALTH_WORSENED);
        assertThat(store.find(AlertQuery.all(10).since(DAY1.plusDays(1))))
                .extracting(s -> s.alert().kind())
                .containsExactly(AlertKind.RENEWAL_MOVED);
        assertThat(store.find(AlertQuery.all(10).of(ACME)))
                .extracting(s -> s.alert().kind())
                .containsExactly(AlertKind.HEALTH_WORSENED);
        assertThat(store.find(AlertQuery.all(10).of(SC1))).hasSize(1);
        assertThat(store.find(AlertQuery.all(10).in(AlertState.OPEN)))
                .extracting(s -> s.alert().kind())
                .containsExactly(AlertKind.RENEWAL_MOVED);
        assertThat(store.find(AlertQuery.all(1))).hasSize(1);
        long newest = store.find(AlertQuery.all(1)).getFirst().id();
        assertThat(store.find(AlertQuery.all(10).before(newest)))
                .as("the page after the newest")
                .extracting(s -> s.alert().kind())
                .containsExactly(AlertKind.HEALTH_WORSENED);
        assertThat(store.find(AlertQuery.all(10).of(CustomerKey.of("GLOBEX")).before(newest)))
                .isEmpty();
    }

    @Test
    void forgetsStatesItIsToldToForget() {
        store.store(update(List.of(commitmentState(1)), List.of(), List.of(), Set.of()), AlertTransactionListener.NONE);

        store.store(
                new AlertUpdate(List.of(), Set.of(SC1), List.of(), Set.of(ACME), List.of(), Set.of(), DAY1),
                AlertTransactionListener.NONE);

        assertThat(store.findCommitmentStates()).isEmpty();
    }

    @Test
    void theInTransactionListenerHearsTheStoredAlertsAndItsFailureStoresNothing() {
        List<AlertChanges> heard = new ArrayList<>();
        store.store(update(List.of(commitmentState(1)), List.of(), List.of(worsened(1, DAY1)), Set.of()), heard::add);

        assertThatThrownBy(() -> store.store(
                        update(List.of(commitmentState(2)), List.of(), List.of(worsened(2, DAY1)), Set.of()),
                        changes -> {
                            throw new IllegalStateException("the outbox failed");
                        }))
                .hasMessage("the outbox failed");

        assertThat(heard)
                .singleElement()
                .satisfies(changes -> assertThat(changes.raised()).hasSize(1));
        assertThat(store.find(AlertQuery.all(10))).hasSize(1);
        assertThat(store.findCommitmentStates().get(SC1).version()).isEqualTo(1);
    }

    private static CommitmentState commitmentState(long version) {
        return new CommitmentState(
                SC1,
                ACME,
                Health.AT_RISK,
                LocalDate.parse("2027-03-01"),
                List.of(
                        new EpicState(
                                IssueKey.of("SSO-1"), Optional.of(LocalDate.parse("2027-03-10")), Optional.empty()),
                        new EpicState(
                                IssueKey.of("AUD-2"), Optional.empty(), Optional.of(LocalDate.parse("2027-02-20")))),
                DAY1.plusDays(version),
                version);
    }

    private static Alert worsened(long fromVersion, LocalDate day) {
        return Alert.raise(
                AlertKind.HEALTH_WORSENED,
                ACME,
                SC1,
                AlertFacts.about("Acme")
                        .withCommitment("SSO", LocalDate.parse("2027-03-01"))
                        .withHealth(Health.ON_TRACK, Health.AT_RISK),
                day,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, SC1, "", fromVersion));
    }

    private static AlertUpdate update(
            List<CommitmentState> commitments,
            List<CustomerState> customers,
            List<Alert> raise,
            Set<DedupeKey> resolve) {
        return new AlertUpdate(commitments, Set.of(), customers, Set.of(), raise, resolve, DAY1);
    }
}
