package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An alert keeps its facts and writes its reason from them only when read. */
class AlertTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-01");
    private static final CustomerKey ACME = CustomerKey.of("ACME");
    private static final IssueKey SC1 = IssueKey.of("SC-1");

    @Test
    void aWorseningHealthNamesTheCommitmentAndBothHealths() {
        Alert alert = Alert.raise(
                AlertKind.HEALTH_WORSENED,
                ACME,
                SC1,
                AlertFacts.about("Acme")
                        .withCommitment("Single sign-on", LocalDate.parse("2027-03-01"))
                        .withHealth(Health.ON_TRACK, Health.AT_RISK),
                TODAY,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, SC1, "", 3));

        assertThat(alert.reason()).isEqualTo("SC-1 'Single sign-on' went from on track to at risk");
        assertThat(alert.why())
                .isEqualTo(Reason.of(
                        ReasonKey.ALERT_HEALTH_WORSENED,
                        "SC-1",
                        "Single sign-on",
                        Alert.label(Health.ON_TRACK),
                        Alert.label(Health.AT_RISK)));
        assertThat(alert.isOpen()).isTrue();
        assertThat(alert.dedupeKey().value()).isEqualTo("HEALTH_WORSENED:SC-1@3");
    }

    @Test
    void anEpicMoveWritesNoneForADateThatWasNotThere() {
        Alert alert = Alert.raise(
                AlertKind.FORECAST_PAST_PROMISE,
                ACME,
                SC1,
                AlertFacts.about("Acme")
                        .withCommitment("Single sign-on", LocalDate.parse("2027-03-01"))
                        .withEpic(IssueKey.of("SSO-4"))
                        .withMove(Optional.empty(), Optional.of(LocalDate.parse("2027-03-20"))),
                TODAY,
                DedupeKey.of(AlertKind.FORECAST_PAST_PROMISE, SC1, "SSO-4", 1));

        assertThat(alert.reason())
                .isEqualTo(
                        "SC-1 'Single sign-on': SSO-4 forecast moved from none to 20 Mar 2027, after promise 1 Mar 2027");
    }

    @Test
    void everyKindWritesAReasonFromItsFacts() {
        AlertFacts facts = AlertFacts.about("Acme")
                .withCommitment("Single sign-on", LocalDate.parse("2027-03-01"))
                .withHealth(Health.AT_RISK, Health.OVERDUE)
                .withEpic(IssueKey.of("SSO-4"))
                .withMove(Optional.of(LocalDate.parse("2027-02-20")), Optional.of(LocalDate.parse("2027-03-20")))
                .withRenewal(Optional.of(LocalDate.parse("2027-04-01")), Optional.of(LocalDate.parse("2027-03-02")))
                .withContract("C-7")
                .withRisk(RiskLevel.HIGH)
                .withCount(2);

        for (AlertKind kind : AlertKind.values()) {
            Alert alert = kind.aboutCommitment()
                    ? Alert.raise(kind, ACME, SC1, facts, TODAY, DedupeKey.of(kind, SC1, "", 1))
                    : Alert.raise(kind, ACME, facts, TODAY, DedupeKey.of(kind, ACME, "", 1));
            assertThat(alert.reason()).as("%s", kind).isNotBlank().doesNotContain("{");
        }
    }

    @Test
    void aCountOfOneReadsInTheSingular() {
        Alert alert = Alert.raise(
                AlertKind.NOTICE_DEADLINE_NEAR,
                ACME,
                AlertFacts.about("Acme")
                        .withRenewal(
                                Optional.of(LocalDate.parse("2027-04-01")), Optional.of(LocalDate.parse("2027-02-10")))
                        .withCount(1),
                TODAY,
                DedupeKey.of(AlertKind.NOTICE_DEADLINE_NEAR, ACME, "", 4));

        assertThat(alert.reason()).isEqualTo("Acme: notice deadline 10 Feb 2027 with 1 open commitment not on track");
    }

    @Test
    void anOutcomeThatIsFinalIsRaisedResolvedAndABreachStaysOpen() {
        Alert kept = Alert.raise(
                AlertKind.KEPT, ACME, SC1, AlertFacts.about("Acme"), TODAY, DedupeKey.of(AlertKind.KEPT, SC1, "", 2));
        Alert breached = Alert.raise(
                AlertKind.BREACHED,
                ACME,
                SC1,
                AlertFacts.about("Acme"),
                TODAY,
                DedupeKey.of(AlertKind.BREACHED, SC1, "", 2));

        assertThat(kept.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(kept.resolvedOn()).contains(TODAY);
        assertThat(breached.isOpen()).isTrue();
        assertThat(breached.resolvedOn(TODAY.plusDays(3)).resolvedOn()).contains(TODAY.plusDays(3));
    }

    @Test
    void aCommitmentAlertNamesItsCommitment() {
        assertThatThrownBy(() -> Alert.raise(
                        AlertKind.HEALTH_WORSENED,
                        ACME,
                        AlertFacts.about("Acme"),
                        TODAY,
                        DedupeKey.of(AlertKind.HEALTH_WORSENED, ACME, "", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAlertIsNotResolvedBeforeItWasRaised() {
        Alert alert = Alert.raise(
                AlertKind.RENEWAL_MOVED,
                ACME,
                AlertFacts.about("Acme"),
                TODAY,
                DedupeKey.of(AlertKind.RENEWAL_MOVED, ACME, "", 1));

        assertThatThrownBy(() -> alert.resolvedOn(TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
