package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseOutcomeTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-01");
    private static final IssueKey SSO = IssueKey.of("SSO-1");
    private static final IssueKey AUDIT = IssueKey.of("AUD-1");

    @Test
    void deliveredOnTimeIsKeptEvenWhenTheRenewalPassedBeforeThePromisedDate() {
        PromiseOutcome kept = judge(
                promise("2026-06-30", "2026-05-01"),
                Health.DELIVERED,
                Map.of(SSO, EpicDelivery.done(SSO, "SSO", date("2026-06-30"))));

        assertThat(kept.outcome()).isEqualTo(Outcome.KEPT_ON_TIME);
        assertThat(kept.deliveredOn()).contains(date("2026-06-30"));
        assertThat(kept.slipDays()).isEmpty();
        assertThat(kept.isBroken()).isFalse();
    }

    @Test
    void deliveredAfterThePromisedDateButBeforeTheRenewalIsLateWithItsSlipFromTheLastEpicDone() {
        PromiseOutcome late = judge(
                promise("2026-06-30", "2026-09-01", SSO, AUDIT),
                Health.DELIVERED_LATE,
                Map.of(
                        SSO, EpicDelivery.done(SSO, "SSO", date("2026-06-20")),
                        AUDIT, EpicDelivery.done(AUDIT, "Audit", date("2026-07-12"))));

        assertThat(late.outcome()).isEqualTo(Outcome.DELIVERED_LATE);
        assertThat(late.deliveredOn()).contains(date("2026-07-12"));
        assertThat(late.slipDays()).contains(12L);
        assertThat(late.isBroken()).isTrue();
    }

    @Test
    void deliveredOnTheRenewalDayIsLateNotBreached() {
        PromiseOutcome late = judge(
                promise("2026-06-30", "2026-09-01"),
                Health.DELIVERED_LATE,
                Map.of(SSO, EpicDelivery.done(SSO, "SSO", date("2026-09-01"))));

        assertThat(late.outcome()).isEqualTo(Outcome.DELIVERED_LATE);
    }

    @Test
    void deliveredAfterTheRenewalBreachedIt() {
        PromiseOutcome breached = judge(
                promise("2026-06-30", "2026-09-01"),
                Health.DELIVERED_LATE,
                Map.of(SSO, EpicDelivery.done(SSO, "SSO", date("2026-09-02"))));

        assertThat(breached.outcome()).isEqualTo(Outcome.BREACHED);
        assertThat(breached.slipDays()).contains(64L);
        assertThat(breached.isBroken()).isTrue();
        assertThat(breached.putsValueAtRisk()).isTrue();
    }

    @Test
    void stillOpenAfterTheRenewalBreachedItButOpenOnTheRenewalDayIsNotYet() {
        Map<IssueKey, EpicDelivery> open = Map.of(SSO, EpicDelivery.open(SSO, "SSO", 5, List.of(), null));

        assertThat(judge(promise("2026-06-30", "2027-01-31"), Health.OVERDUE, open)
                        .outcome())
                .isEqualTo(Outcome.BREACHED);
        PromiseOutcome stillOpen = judge(promise("2026-06-30", "2027-02-01"), Health.OVERDUE, open);
        assertThat(stillOpen.outcome()).isEqualTo(Outcome.OPEN);
        assertThat(stillOpen.deliveredOn()).isEmpty();
        assertThat(stillOpen.putsValueAtRisk()).isTrue();
    }

    @Test
    void anOpenPromiseWithoutAnyKnownRenewalStaysOpenAndOnTrackPutsNothingAtRisk() {
        PromiseOutcome overdue = judge(promise("2026-06-30", null), Health.OVERDUE, Map.of());
        PromiseOutcome onTrack = judge(promise("2027-06-30", null), Health.ON_TRACK, Map.of());

        assertThat(overdue.outcome()).isEqualTo(Outcome.OPEN);
        assertThat(overdue.renewalAtStake()).isEmpty();
        assertThat(onTrack.putsValueAtRisk()).isFalse();
    }

    @Test
    void withoutARecordedRenewalTheCustomersNextRenewalAndItsValueAreAtStake() {
        Customer acme = new Customer(
                CustomerKey.of("ACME"),
                "Acme",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1", null, date("2027-01-15"), Money.of("1000", "EUR"), 30, true, ContractStatus.ACTIVE)));

        PromiseOutcome breached = PromiseOutcome.judge(
                health(promise("2026-06-30", null).withoutValue(), Health.BREACHES_RENEWAL),
                Map.of(),
                Optional.of(acme),
                TODAY);

        assertThat(breached.outcome()).isEqualTo(Outcome.BREACHED);
        assertThat(breached.renewalAtStake()).contains(date("2027-01-15"));
        assertThat(breached.valueAtStake()).contains(Money.of("1000", "EUR"));
        assertThat(breached.withoutValue().valueAtStake()).isEmpty();
    }

    private static PromiseOutcome judge(Commitment commitment, Health health, Map<IssueKey, EpicDelivery> epics) {
        return PromiseOutcome.judge(health(commitment, health), epics, Optional.empty(), TODAY);
    }

    private static CommitmentHealth health(Commitment commitment, Health health) {
        return new CommitmentHealth(commitment, health, List.of(Reason.text("as given")), List.of());
    }

    private static Commitment promise(String promised, String renewal, IssueKey... epics) {
        return new Commitment(
                IssueKey.of("SC-1"),
                CustomerKey.of("ACME"),
                "SSO",
                date(promised),
                "sam",
                Optional.of(Money.of("5000", "EUR")),
                Optional.ofNullable(renewal).map(LocalDate::parse),
                epics.length == 0 ? List.of(SSO) : List.of(epics));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
