package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.RenewalState;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.promisekeeper.core.radar.RadarFixtures.SETTINGS;
import static io.github.promisekeeper.core.radar.RadarFixtures.TODAY;
import static io.github.promisekeeper.core.radar.RadarFixtures.customer;
import static io.github.promisekeeper.core.radar.RadarFixtures.health;
import static io.github.promisekeeper.core.radar.RadarFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class RiskRadarTest {

    private final RiskRadar radar = new RiskRadar(SETTINGS);
    private final RenewalWindow next60 = new RenewalWindow(TODAY, 60);

    private RadarReport draw(RadarInput input) {
        return radar.draw(input, false);
    }

    @Test
    void ranksCustomersByRiskThenScoreThenEarliestDecision() {
        RadarReport report = draw(new RadarInput(
                next60,
                WindowBasis.RENEWAL_DATE,
                List.of(
                        customer("CALM", 50, 0, true, "100 USD"),
                        customer("SOON", 40, 30, true, "100 USD"), // notice deadline in 10 days: 2 points
                        customer("SOONER", 35, 30, true, "100 USD"), // notice deadline in 5 days: 2 points
                        customer("BREACH", 55, 30, true, "100 USD")), // notice in 25 days + breach: 5 points
                OpenTickets.none(),
                List.of(health("SC-1", "BREACH", Health.BREACHES_RENEWAL, "SSO-1 late")),
                true));

        assertThat(report.entries())
                .extracting(e -> e.customer().value())
                .containsExactly("BREACH", "SOONER", "SOON", "CALM");
        assertThat(report.entries())
                .extracting(RadarEntry::risk)
                .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.LOW);
    }

    @Test
    void leavesOutCustomersOutsideTheWindowButKeepsLapsedOnes() {
        RadarReport report = draw(new RadarInput(
                next60,
                WindowBasis.RENEWAL_DATE,
                List.of(
                        customer("INSIDE", 60, 0, true, null),
                        customer("OUTSIDE", 61, 0, true, null),
                        customer("LAPSED", -3, 0, true, null)),
                OpenTickets.none(),
                List.of(),
                true));

        assertThat(report.entries()).extracting(e -> e.customer().value()).containsExactly("LAPSED", "INSIDE");
        assertThat(report.entries().getFirst().renewalState()).isEqualTo(RenewalState.LAPSED);
        assertThat(report.entries().getFirst().daysLeft()).isEqualTo(-3);
    }

    @Test
    void groupsOpenTicketsByPriorityAndListsTheMostUrgentFew() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            tickets.add(ticket(
                    "SUP-" + i, "ACME", i <= 2 ? TicketPriority.BLOCKER : TicketPriority.MEDIUM, "2027-01-1" + i % 10));
        }
        tickets.add(ticket("SUP-99", "OTHER", TicketPriority.BLOCKER, "2027-01-20"));
        Ticket done = ticket("SUP-100", "ACME", TicketPriority.BLOCKER, "2027-01-30");
        tickets.add(new Ticket(
                done.key(),
                done.customer(),
                "",
                done.priority(),
                StatusCategory.DONE,
                "Bug",
                done.created(),
                done.updated()));

        RadarEntry acme = draw(new RadarInput(
                        next60,
                        WindowBasis.RENEWAL_DATE,
                        List.of(customer("ACME", 50, 0, true, null)),
                        OpenTickets.from(tickets),
                        List.of(),
                        true))
                .entries()
                .getFirst();

        assertThat(acme.tickets().openTotal()).isEqualTo(8);
        assertThat(acme.tickets().openByPriority())
                .containsExactly(Map.entry(TicketPriority.BLOCKER, 2), Map.entry(TicketPriority.MEDIUM, 6));
        assertThat(acme.tickets().mostUrgent())
                .extracting(t -> t.key().toString())
                .containsExactly("SUP-2", "SUP-1", "SUP-8", "SUP-7", "SUP-6");
        assertThat(acme.flags()).extracting(Flag::reason).contains("2 blocker tickets open");
    }

    @Test
    void ignoresTicketsOfCustomersNotOnTheRadarAndShowsACustomerWithoutTicketsAsSuch() {
        OpenTickets tickets = OpenTickets.from(List.of(
                ticket("SUP-1", "OUTSIDE", TicketPriority.BLOCKER, "2027-01-10"),
                ticket("SUP-2", "STRANGER", TicketPriority.BLOCKER, "2027-01-11"),
                ticket("SUP-3", "BUSY", TicketPriority.MEDIUM, "2027-01-12")));

        RadarReport report = draw(new RadarInput(
                next60,
                WindowBasis.RENEWAL_DATE,
                List.of(
                        customer("QUIET", 50, 0, true, null),
                        customer("BUSY", 50, 0, true, null),
                        customer("OUTSIDE", 61, 0, true, null)),
                tickets,
                List.of(),
                true));

        assertThat(report.entries()).extracting(e -> e.customer().value()).containsExactly("BUSY", "QUIET");
        RadarEntry busy = report.entries().get(0);
        RadarEntry quiet = report.entries().get(1);
        assertThat(busy.tickets().openTotal()).isEqualTo(1);
        assertThat(busy.tickets().mostUrgent())
                .extracting(t -> t.key().toString())
                .containsExactly("SUP-3");
        assertThat(quiet.tickets().openTotal()).isZero();
        assertThat(quiet.tickets().openByPriority()).isEmpty();
        assertThat(quiet.tickets().mostUrgent()).isEmpty();
        assertThat(report.entries())
                .allSatisfy(entry -> assertThat(entry.flags()).isEmpty());
    }

    @Test
    void omitsMoneyForViewersWithoutTheRightInsteadOfZeroingIt() {
        RadarInput input = new RadarInput(
                next60,
                WindowBasis.RENEWAL_DATE,
                List.of(customer("ACME", 50, 0, true, "100 EUR")),
                OpenTickets.none(),
                List.of(health("SC-1", "ACME", Health.AT_RISK, "late")),
                false);

        RadarReport report = draw(input);

        assertThat(report.totalValue()).isEmpty();
        assertThat(report.entries().getFirst().annualValue()).isEmpty();
        assertThat(report.entries()
                        .getFirst()
                        .commitments()
                        .getFirst()
                        .commitment()
                        .valueWhenPromised())
                .isEmpty();
    }

    @Test
    void addsValuesInTheReportingCurrencyAndFlagsMissingRates() {
        RadarReport report = draw(new RadarInput(
                next60,
                WindowBasis.RENEWAL_DATE,
                List.of(
                        customer("EURO", 50, 0, true, "100 EUR"),
                        customer("POUND", 50, 0, true, "100 GBP"),
                        customer("DOLLAR", 50, 0, true, "100 USD")),
                OpenTickets.none(),
                List.of(),
                true));

        MoneyTotal total = report.totalValue().orElseThrow();
        assertThat(total.total()).isEqualTo(Money.of("210.00", "USD"));
        assertThat(total.missingRatesReason()).isEqualTo("no rate for GBP → USD; not counted");
        assertThat(report.entries())
                .filteredOn(e -> e.customer().value().equals("POUND"))
                .first()
                .satisfies(e ->
                        assertThat(e.flags()).extracting(Flag::kind).containsExactly(FlagKind.MISSING_EXCHANGE_RATE));
    }

    @Test
    void noticeDeadlineBasisBringsInLaterRenewalsWhoseDeadlineIsClose() {
        RadarReport report = draw(new RadarInput(
                new RenewalWindow(TODAY, 30),
                WindowBasis.NOTICE_DEADLINE,
                List.of(customer("LONGNOTICE", 100, 90, true, null), customer("SHORTNOTICE", 100, 10, true, null)),
                OpenTickets.none(),
                List.of(),
                true));

        assertThat(report.entries()).extracting(e -> e.customer().value()).containsExactly("LONGNOTICE");
        assertThat(report.entries().getFirst().daysToNoticeDeadline()).isEqualTo(10);
    }
}
