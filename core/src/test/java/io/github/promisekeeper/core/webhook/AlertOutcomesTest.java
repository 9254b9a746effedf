package io.github.promisekeeper.core.webhook;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AlertOutcomesTest {

    private static final CustomerKey ACME = CustomerKey.of("ACME");
    private static final IssueKey SC_1 = IssueKey.of("SC-1");
    private static final LocalDate TODAY = LocalDate.parse("2027-01-15");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-15T06:00:00Z"), ZoneOffset.UTC);

    private final List<OutcomeEvent> enqueued = new ArrayList<>();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final AlertOutcomes outcomes =
            new AlertOutcomes(enqueued::addAll, customers, () -> ExchangeRates.only("USD"), CLOCK);

    @Test
    void tellsTheCrmOfOutcomesWorseningsAndHighRiskButNotOfDatesMovedOrRecoveries() {
        customers.save(new Customer(
                ACME,
                "Acme Inc",
                "0015g00000ACME",
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1",
                        null,
                        LocalDate.parse("2027-09-30"),
                        Money.of("120000.00", "USD"),
                        30,
                        true,
                        ContractStatus.ACTIVE))));
        Alert worse = commitmentAlert(AlertKind.HEALTH_WORSENED, Health.ON_TRACK, Health.AT_RISK);
        Alert kept = commitmentAlert(AlertKind.KEPT, Health.ON_TRACK, Health.DELIVERED);
        Alert moved = Alert.raise(
                AlertKind.PROMISED_DATE_MOVED,
                ACME,
                SC_1,
                AlertFacts.about("Acme Inc").withMove(Optional.of(TODAY), Optional.of(TODAY.plusDays(9))),
                TODAY,
                DedupeKey.of(AlertKind.PROMISED_DATE_MOVED, SC_1, "", 1));
        Alert high = Alert.raise(
                AlertKind.ENTERED_RADAR_HIGH_RISK,
                ACME,
                AlertFacts.about("Acme Inc"),
                TODAY,
                DedupeKey.of(AlertKind.ENTERED_RADAR_HIGH_RISK, ACME, "", 1));

        outcomes.alertsStoring(new AlertChanges(
                List.of(stored(1, worse), stored(2, moved), stored(3, kept), stored(4, high)),
                List.of(stored(5, commitmentAlert(AlertKind.HEALTH_WORSENED, Health.AT_RISK, Health.OVERDUE)))));

        assertThat(enqueued)
                .extracting(OutcomeEvent::kind)
                .containsExactly(OutcomeKind.HEALTH_CHANGED, OutcomeKind.COMMITMENT_KEPT, OutcomeKind.RENEWAL_AT_RISK);
        OutcomeEvent health = enqueued.get(0);
        assertThat(health.commitmentKey()).contains("SC-1");
        assertThat(health.crmId()).contains("0015g00000ACME");
        assertThat(health.health()).contains(Health.AT_RISK);
        assertThat(health.previousHealth()).contains(Health.ON_TRACK);
        assertThat(health.promisedDate()).contains(TODAY.plusDays(20));
        assertThat(health.occurredAt()).isEqualTo(CLOCK.instant());
        assertThat(health.reasons()).containsExactly(worse.why());
        assertThat(health.value()).contains(Money.of("120000.00", "USD"));
        assertThat(enqueued.get(2).commitmentKey()).isEmpty();
        assertThat(enqueued.get(2).customerKey()).isEqualTo("ACME");
    }

    @Test
    void enqueuesNothingWhenNoAlertIsForTheCrm() {
        outcomes.alertsStoring(new AlertChanges(List.of(), List.of()));

        assertThat(enqueued).isEmpty();
    }

    @Test
    void anUnknownCustomerStillMakesAnEventWithoutCrmIdOrValue() {
        outcomes.alertsStoring(new AlertChanges(
                List.of(stored(1, commitmentAlert(AlertKind.BREACHED, Health.AT_RISK, Health.BREACHES_RENEWAL))),
                List.of()));

        assertThat(enqueued).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(OutcomeKind.COMMITMENT_BREACHED);
            assertThat(event.crmId()).isEmpty();
            assertThat(event.value()).isEmpty();
        });
    }

    private static Alert commitmentAlert(AlertKind kind, Health was, Health is) {
        return Alert.raise(
                kind,
                ACME,
                SC_1,
                AlertFacts.about("Acme Inc")
                        .withCommitment("Single sign-on", TODAY.plusDays(20))
                        .withHealth(was, is),
                TODAY,
                DedupeKey.of(kind, SC_1, was.name() + "-" + is.name(), 1));
    }

    private static StoredAlert stored(long id, Alert alert) {
        return new StoredAlert(id, alert);
    }
}
