package io.github.promisekeeper.core.renewal;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NextRenewalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static NextRenewal renewal(String date, int noticeDays, boolean autoRenew) {
        Customer customer = new Customer(
                CustomerKey.of("ACME"),
                "Acme",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1",
                        null,
                        LocalDate.parse(date),
                        Money.of("10", "EUR"),
                        noticeDays,
                        autoRenew,
                        ContractStatus.ACTIVE)));
        return NextRenewal.of(customer, TODAY).orElseThrow();
    }

    @Test
    void autoRenewingContractIsLockedInOnceItsNoticeDeadlineHasPassed() {
        NextRenewal renewal = renewal("2027-03-01", 30, true);

        assertThat(renewal.noticeDeadline()).isEqualTo(LocalDate.parse("2027-01-30"));
        assertThat(renewal.state()).isEqualTo(RenewalState.LOCKED_IN);
    }

    @Test
    void noticeIsStillOpenOnTheDeadlineItself() {
        assertThat(renewal("2027-03-03", 30, true).state()).isEqualTo(RenewalState.NOTICE_OPEN);
        assertThat(renewal("2027-03-03", 30, true).daysToNoticeDeadline()).isZero();
    }

    @Test
    void contractThatDoesNotAutoRenewNeedsADecisionUntilItsRenewalWhateverTheNoticePeriod() {
        NextRenewal renewal = renewal("2027-03-01", 90, false);

        assertThat(renewal.state()).isEqualTo(RenewalState.NEEDS_DECISION);
        assertThat(renewal.decisionDeadline()).isEqualTo(LocalDate.parse("2027-03-01"));
    }

    @Test
    void renewalInThePastIsLapsedAndStillShownOnTheRadar() {
        NextRenewal renewal = renewal("2027-01-15", 0, true);

        assertThat(renewal.state()).isEqualTo(RenewalState.LAPSED);
        assertThat(renewal.daysLeft()).isEqualTo(-17);
        assertThat(renewal.fallsIn(new RenewalWindow(TODAY, 30), WindowBasis.RENEWAL_DATE))
                .isTrue();
    }

    @Test
    void noticeDeadlineBasisIncludesRenewalsBeyondTheWindowWhoseDeadlineFallsInside() {
        NextRenewal renewal = renewal("2027-06-01", 100, true); // notice deadline 2027-02-21
        RenewalWindow window = new RenewalWindow(TODAY, 30);

        assertThat(renewal.fallsIn(window, WindowBasis.NOTICE_DEADLINE)).isTrue();
        assertThat(renewal.fallsIn(window, WindowBasis.RENEWAL_DATE)).isFalse();
    }

    @Test
    void noticeDeadlineOfAMarchFirstRenewalCrossesTheLeapDay() {
        assertThat(renewal("2028-03-01", 1, true).noticeDeadline()).isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(renewal("2027-03-01", 1, true).noticeDeadline()).isEqualTo(LocalDate.parse("2027-02-28"));
    }
}
