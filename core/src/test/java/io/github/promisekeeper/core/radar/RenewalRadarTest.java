package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.commitment.InMemoryCommitments;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.InMemoryTickets;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.TicketPriority;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.promisekeeper.core.radar.RadarFixtures.CLOCK;
import static io.github.promisekeeper.core.radar.RadarFixtures.SETTINGS;
import static io.github.promisekeeper.core.radar.RadarFixtures.TODAY;
import static io.github.promisekeeper.core.radar.RadarFixtures.customer;
import static io.github.promisekeeper.core.radar.RadarFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalRadarTest {

    private static final IssueKey SSO = IssueKey.of("SSO-1");

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryCommitments commitments = new InMemoryCommitments();
    private final RenewalRadar radar = new RenewalRadar(customers, tickets, commitments, commitments, CLOCK);

    private static Commitment promise(String key, String customer, int inDays) {
        return new Commitment(
                IssueKey.of(key),
                CustomerKey.of(customer),
                "SSO",
                TODAY.plusDays(inDays),
                "jane",
                Optional.of(Money.of("1000", "USD")),
                Optional.empty(),
                List.of(SSO));
    }

    /** {@code count} customers renewing in 10, 11, … days, each with one open ticket and one promise of the SSO epic. */
    private void portfolio(int count, TicketPriority priority) {
        for (int i = 0; i < count; i++) {
            Customer customer = customer("C" + i, 10 + i, 5, true, "100 USD");
            customers.save(customer);
            tickets.add(ticket("SUP-" + (i + 1), customer.key().value(), priority, "2027-01-20"));
            commitments.add(promise("SC-" + (i + 1), customer.key().value(), 30));
        }
        commitments.add(EpicDelivery.open(SSO, "SSO", 10, List.of(), null));
    }

    @Test
    void readsEachPortOnceWhateverTheNumberOfCustomers() {
        portfolio(50, TicketPriority.HIGH);

        RadarReport report = radar.look(new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), true), SETTINGS);

        assertThat(report.entries()).hasSize(50);
        assertThat(tickets.calls()).isEqualTo(1);
        assertThat(commitments.calls()).isEqualTo(2); // commitments for all customers, then all their epics
    }

    @Test
    void readsWhatItDrawsSoThatAReadingDrawsTheSameRadar() {
        portfolio(5, TicketPriority.BLOCKER);
        RadarRequest request = new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), true);

        RenewalRadar.Reading reading = radar.read(request, SETTINGS);

        assertThat(reading.input().customers()).hasSize(5);
        assertThat(reading.input().openTickets().size()).isEqualTo(5);
        assertThat(reading.input().commitments()).hasSize(5);
        assertThat(reading.truncated()).isFalse();
        assertThat(reading.draw(SETTINGS)).isEqualTo(radar.look(request, SETTINGS));
        assertThat(tickets.calls()).isEqualTo(2); // one read each
    }

    @Test
    void assessesCommitmentsAgainstTheCustomersOwnRenewal() {
        customers.save(customer("ACME", 40, 30, true, "100 USD")); // notice deadline in 10 days
        commitments.add(promise("SC-1", "ACME", 30));
        commitments.add(EpicDelivery.open(SSO, "SSO", 10, List.of(), TODAY.plusDays(25)));

        RadarEntry acme = radar.look(new RadarRequest(60, WindowBasis.RENEWAL_DATE, Scope.all(), true), SETTINGS)
                .entries()
                .getFirst();

        assertThat(acme.commitments().getFirst().health()).isEqualTo(Health.BREACHES_RENEWAL);
        assertThat(acme.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(acme.flags()).extracting(Flag::reason).contains("notice deadline in 10 days (11 Feb 2027)");
    }

    @Test
    void showsALapsedRenewalFromThePastYear() {
        customers.save(customer("LAPSED", -30, 0, true, null));
        customers.save(customer("ANCIENT", -400, 0, true, null));

        RadarReport report = radar.look(new RadarRequest(30, WindowBasis.RENEWAL_DATE, Scope.all(), true), SETTINGS);

        assertThat(report.entries()).extracting(e -> e.customer().value()).containsExactly("LAPSED");
    }

    @Test
    void rollsUpAnEpicsPromisesAcrossCustomers() {
        customers.save(customer("ACME", 40, 30, true, "100 EUR"));
        customers.save(customer("GLOBEX", 90, 10, true, "200 USD"));
        commitments
                .add(promise("SC-1", "ACME", 30))
                .add(promise("SC-2", "GLOBEX", 20))
                .add(promise("SC-3", "GLOBEX", 50));

        EpicPromises seen = radar.promisesOf(SSO, true, SETTINGS);
        EpicPromises hidden = radar.promisesOf(SSO, false, SETTINGS);

        assertThat(seen.customers()).extracting(CustomerKey::value).containsExactly("ACME", "GLOBEX");
        assertThat(seen.totalValue().orElseThrow().total()).isEqualTo(Money.of("310.00", "USD"));
        assertThat(seen.earliestPromisedDate()).contains(TODAY.plusDays(20));
        assertThat(seen.earliestNoticeDeadline()).contains(TODAY.plusDays(10));
        assertThat(hidden.totalValue()).isEmpty();
        assertThat(hidden.commitments())
                .allSatisfy(c -> assertThat(c.valueWhenPromised()).isEmpty());
    }
}
