package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.TicketPriority;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.promisekeeper.core.radar.RadarFixtures.RATES;
import static io.github.promisekeeper.core.radar.RadarFixtures.TODAY;
import static io.github.promisekeeper.core.radar.RadarFixtures.customer;
import static io.github.promisekeeper.core.radar.RadarFixtures.health;
import static org.assertj.core.api.Assertions.assertThat;

/** Flags carry their reasons as keys and arguments, for the viewer's language. */
class FlagReasonTest {

    private static final TicketOverview NO_TICKETS = new TicketOverview(0, Map.of(), List.of());

    private static NextRenewal renewalOf(Customer customer) {
        return NextRenewal.of(customer, TODAY).orElseThrow();
    }

    @Test
    void aNoticeDeadlineFlagNamesItsDaysAndDate() {
        Flag flag = RiskScoring.DEFAULT
                .flags(renewalOf(customer("ACME", 42, 30, true, null)), NO_TICKETS, List.of(), Optional.empty())
                .getFirst();

        assertThat(flag.why())
                .isEqualTo(Reason.of(ReasonKey.NOTICE_DEADLINE_SOON, Reason.days(12), LocalDate.parse("2027-02-13")));
    }

    @Test
    void ticketCommitmentAndMoneyFlagsCarryCountsTheCommitmentsReasonAndCurrencyCodes() {
        Customer pounds = customer("ACME", 90, 0, true, "100 GBP");
        TicketOverview tickets = new TicketOverview(2, Map.of(TicketPriority.BLOCKER, 2), List.of());
        Reason late = Reason.text("late");

        List<Flag> flags = RiskScoring.DEFAULT.flags(
                renewalOf(pounds),
                tickets,
                List.of(health("SC-1", "ACME", Health.OVERDUE, "late")),
                Optional.of(pounds.annualValue(RATES)));

        assertThat(flags)
                .extracting(Flag::why)
                .containsExactly(
                        Reason.of(ReasonKey.BLOCKER_TICKETS, 2L),
                        Reason.of(ReasonKey.COMMITMENT_OVERDUE, "SC-1", "SSO", late),
                        Reason.of(ReasonKey.MISSING_RATES, "GBP", "USD"));
    }
}
