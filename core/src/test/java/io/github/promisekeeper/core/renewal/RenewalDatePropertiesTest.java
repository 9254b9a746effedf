package io.github.promisekeeper.core.renewal;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Date arithmetic of windows and notice deadlines over any day, month end and leap year. */
class RenewalDatePropertiesTest {

    @Provide
    Arbitrary<LocalDate> days() {
        // 2000-01-01 .. 2099-12-31 covers the 400-year leap rule (2000) and plenty of month ends.
        return Arbitraries.longs()
                .between(0, 36_524)
                .map(offset -> LocalDate.of(2000, 1, 1).plusDays(offset));
    }

    @Provide
    Arbitrary<LocalDate> monthEnds() {
        return days().map(day -> day.withDayOfMonth(day.lengthOfMonth()));
    }

    @Property
    void windowContainsExactlyTodayToTheLastDay(
            @ForAll("days") LocalDate today,
            @ForAll @IntRange(min = 1, max = 3650) int days,
            @ForAll @IntRange(min = -10, max = 3660) int offset) {
        RenewalWindow window = new RenewalWindow(today, days);

        assertThat(window.contains(today.plusDays(offset))).isEqualTo(offset >= 0 && offset <= days);
        assertThat(window.daysUntil(window.lastDay())).isEqualTo(days);
    }

    @Property
    void noticeDeadlineIsExactlyNoticeDaysBeforeTheRenewal(
            @ForAll("monthEnds") LocalDate renewal, @ForAll @IntRange(min = 0, max = 3650) int noticeDays) {
        Contract contract =
                new Contract("C", null, renewal, Money.of("1", "EUR"), noticeDays, true, ContractStatus.ACTIVE);

        assertThat(ChronoUnit.DAYS.between(contract.noticeDeadline(), renewal)).isEqualTo(noticeDays);
        assertThat(contract.noticeDeadline().plusDays(noticeDays)).isEqualTo(renewal);
    }

    @Property
    void renewalWindowCountedAgainstNoticeDeadlineNeverLosesARenewalInsideTheWindow(
            @ForAll("days") LocalDate today,
            @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll @IntRange(min = 0, max = 400) int renewalOffset,
            @ForAll @IntRange(min = 0, max = 400) int noticeDays) {
        RenewalWindow window = new RenewalWindow(today, days);
        Contract contract =
                new Contract("C", null, today.plusDays(renewalOffset), null, noticeDays, true, ContractStatus.ACTIVE);
        NextRenewal renewal = new NextRenewal(CustomerKey.of("ACME"), contract, today);

        if (renewal.fallsIn(window, WindowBasis.RENEWAL_DATE)) {
            assertThat(renewal.fallsIn(window, WindowBasis.NOTICE_DEADLINE)).isTrue();
        }
    }

    @Property
    void stateFollowsTheDatesAndNeverLocksInAContractThatDoesNotAutoRenew(
            @ForAll("days") LocalDate today,
            @ForAll @IntRange(min = -400, max = 400) int renewalOffset,
            @ForAll @IntRange(min = 0, max = 400) int noticeDays,
            @ForAll boolean autoRenew) {
        Contract contract = new Contract(
                "C", null, today.plusDays(renewalOffset), null, noticeDays, autoRenew, ContractStatus.ACTIVE);
        RenewalState state = new NextRenewal(CustomerKey.of("ACME"), contract, today).state();

        if (renewalOffset < 0) {
            assertThat(state).isEqualTo(RenewalState.LAPSED);
        } else if (!autoRenew) {
            assertThat(state).isEqualTo(RenewalState.NEEDS_DECISION);
        } else {
            assertThat(state).isEqualTo(renewalOffset < noticeDays ? RenewalState.LOCKED_IN : RenewalState.NOTICE_OPEN);
        }
    }
}
