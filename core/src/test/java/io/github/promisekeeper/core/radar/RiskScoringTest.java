package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.TicketPriority;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.promisekeeper.core.radar.RadarFixtures.RATES;
import static io.github.promisekeeper.core.radar.RadarFixtures.TODAY;
import static io.github.promisekeeper.core.radar.RadarFixtures.customer;
import static io.github.promisekeeper.core.radar.RadarFixtures.health;
import static org.assertj.core.api.Assertions.assertThat;

class RiskScoringTest {

    private static final TicketOverview NO_TICKETS = new TicketOverview(0, Map.of(), List.of());
    private final RiskScoring scoring = RiskScoring.DEFAULT;

    private static NextRenewal renewalOf(Customer customer) {
        return NextRenewal.of(customer, TODAY).orElseThrow();
    }

    @Test
    void flagsANoticeDeadlineInsideTheDecisionPeriodWithDaysLeft() {
        List<Flag> flags =
                scoring.flags(renewalOf(customer("ACME", 42, 30, true, null)), NO_TICKETS, List.of(), Optional.empty());

        assertThat(flags)
                .containsExactly(
                        new Flag(FlagKind.NOTICE_DEADLINE_SOON, 2, "notice deadline in 12 days (13 Feb 2027)"));
    }

    @Test
    void aFarNoticeDeadlineIsNoFlag() {
        assertThat(scoring.flags(
                        renewalOf(customer("ACME", 90, 30, true, null)), NO_TICKETS, List.of(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void contractThatDoesNotAutoRenewAlwaysNeedsADecisionAndMoreSoWhenClose() {
        assertThat(scoring.flags(
                        renewalOf(customer("ACME", 90, 60, false, null)), NO_TICKETS, List.of(), Optional.empty()))
                .containsExactly(new Flag(
                        FlagKind.DECISION_NEEDED, 1, "does not auto-renew: needs a decision before 2 May 2027"));
        assertThat(scoring.flags(
                        renewalOf(customer("ACME", 10, 60, false, null)), NO_TICKETS, List.of(), Optional.empty()))
                .extracting(Flag::points)
                .containsExactly(2);
    }

    @Test
    void countsBlockerAndCriticalTicketsWithTheirNumbers() {
        TicketOverview tickets = new TicketOverview(
                4, Map.of(TicketPriority.BLOCKER, 2, TicketPriority.CRITICAL, 1, TicketPriority.LOW, 1), List.of());

        List<Flag> flags =
                scoring.flags(renewalOf(customer("ACME", 90, 0, true, null)), tickets, List.of(), Optional.empty());

        assertThat(flags).extracting(Flag::reason).containsExactly("2 blocker tickets open", "1 critical ticket open");
        assertThat(RiskScoring.score(flags)).isEqualTo(3);
    }

    @Test
    void commitmentThatBreachesTheRenewalMakesTheCustomerHighRiskWithTheCommitmentsReason() {
        List<Flag> flags = scoring.flags(
                renewalOf(customer("ACME", 42, 30, true, null)),
                NO_TICKETS,
                List.of(health(
                        "SC-1",
                        "ACME",
                        Health.BREACHES_RENEWAL,
                        "SSO-1 expected 10 Mar 2027, after ACME's notice deadline 13 Feb 2027")),
                Optional.empty());

        assertThat(flags.getFirst().reason())
                .isEqualTo(
                        "SC-1 'SSO' breaches renewal: SSO-1 expected 10 Mar 2027, after ACME's notice deadline 13 Feb 2027");
        assertThat(RiskScoring.level(RiskScoring.score(flags))).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void flagsOfOneKindAreOrderedByTheCommitmentTheyAreAboutNotByTheirText() {
        List<Flag> flags = scoring.flags(
                renewalOf(customer("ACME", 90, 0, true, null)),
                NO_TICKETS,
                List.of(
                        health("SC-10", "ACME", Health.OVERDUE, "late"),
                        health("SC-9", "ACME", Health.OVERDUE, "later")),
                Optional.empty());

        assertThat(flags)
                .extracting(Flag::reason)
                .containsExactly("SC-9 'SSO' overdue: later", "SC-10 'SSO' overdue: late");
    }

    @Test
    void aFlagWritesTheSameReasonEachTimeAndEqualsOneWrittenOut() {
        Flag flag = scoring.flags(
                        renewalOf(customer("ACME", -5, 0, true, null)), NO_TICKETS, List.of(), Optional.empty())
                .getFirst();

        assertThat(flag.reason())
                .isEqualTo(flag.reason())
                .isEqualTo("renewal 27 Jan 2027 passed 5 days ago and was not replaced");
        assertThat(flag)
                .isEqualTo(new Flag(FlagKind.RENEWAL_LAPSED, 3, flag.reason()))
                .hasSameHashCodeAs(new Flag(FlagKind.RENEWAL_LAPSED, 3, flag.reason()))
                .isNotEqualTo(new Flag(FlagKind.RENEWAL_LAPSED, 2, flag.reason()));
    }

    @Test
    void lockedInRenewalSaysSoAndCountsNothingAsAtRisk() {
        TicketOverview blockers = new TicketOverview(3, Map.of(TicketPriority.BLOCKER, 3), List.of());

        List<Flag> flags = scoring.flags(
                renewalOf(customer("ACME", 20, 30, true, null)),
                blockers,
                List.of(health("SC-1", "ACME", Health.OVERDUE, "late")),
                Optional.empty());

        assertThat(flags)
                .extracting(Flag::kind)
                .contains(FlagKind.RENEWAL_LOCKED_IN, FlagKind.BLOCKER_TICKETS, FlagKind.COMMITMENT_OVERDUE);
        assertThat(flags).allSatisfy(flag -> assertThat(flag.points()).isZero());
        assertThat(flags)
                .extracting(Flag::reason)
                .contains("renewal 21 Feb 2027 locked in: auto-renews and the notice deadline 22 Jan 2027 has passed");
    }

    @Test
    void lapsedRenewalIsFlaggedAsSuch() {
        List<Flag> flags =
                scoring.flags(renewalOf(customer("ACME", -5, 0, true, null)), NO_TICKETS, List.of(), Optional.empty());

        assertThat(flags)
                .containsExactly(new Flag(
                        FlagKind.RENEWAL_LAPSED, 3, "renewal 27 Jan 2027 passed 5 days ago and was not replaced"));
    }

    @Test
    void missingExchangeRateIsShownToMoneyViewersAndWorthNoPoints() {
        Customer pounds = customer("ACME", 90, 0, true, "100 GBP");

        List<Flag> flags =
                scoring.flags(renewalOf(pounds), NO_TICKETS, List.of(), Optional.of(pounds.annualValue(RATES)));

        assertThat(flags)
                .containsExactly(new Flag(FlagKind.MISSING_EXCHANGE_RATE, 0, "no rate for GBP → USD; not counted"));
    }

    @Test
    void levelsFollowTheDocumentedThresholds() {
        assertThat(RiskScoring.level(1)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskScoring.level(2)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskScoring.level(4)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskScoring.level(5)).isEqualTo(RiskLevel.HIGH);
    }
}
