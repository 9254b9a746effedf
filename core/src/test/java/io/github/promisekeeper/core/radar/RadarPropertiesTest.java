package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.github.promisekeeper.core.radar.RadarFixtures.SETTINGS;
import static io.github.promisekeeper.core.radar.RadarFixtures.TODAY;
import static io.github.promisekeeper.core.radar.RadarFixtures.customer;
import static io.github.promisekeeper.core.radar.RadarFixtures.health;
import static io.github.promisekeeper.core.radar.RadarFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/** Ranking invariants over random radars: input order and money visibility never change the outcome. */
class RadarPropertiesTest {

    private static final String[] CURRENCIES = {"USD", "EUR", "GBP"};
    private final RiskRadar radar = new RiskRadar(SETTINGS);

    @Provide
    Arbitrary<RadarInput> radars() {
        Arbitrary<List<Customer>> customers = Combinators.combine(
                        Arbitraries.integers().between(-20, 90),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 999),
                        Arbitraries.of(CURRENCIES))
                .as((days, notice, auto, value, currency) -> new Object[] {days, notice, auto, value + " " + currency})
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .map(specs -> {
                    List<Customer> list = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Object[] s = specs.get(i);
                        list.add(customer("C" + i, (int) s[0], (int) s[1], (boolean) s[2], (String) s[3]));
                    }
                    return list;
                });
        return customers.flatMap(list -> Combinators.combine(
                        Arbitraries.integers()
                                .between(0, list.size() - 1)
                                .flatMap(owner -> Combinators.combine(
                                                Arbitraries.of(TicketPriority.values()),
                                                Arbitraries.integers().between(1, 28))
                                        .as((priority, day) -> new Object[] {owner, priority, day}))
                                .list()
                                .ofMaxSize(40),
                        Arbitraries.integers()
                                .between(0, list.size() - 1)
                                .flatMap(owner ->
                                        Arbitraries.of(Health.values()).map(health -> new Object[] {owner, health}))
                                .list()
                                .ofMaxSize(8),
                        Arbitraries.of(WindowBasis.values()))
                .as((ticketSpecs, healthSpecs, basis) -> {
                    List<Ticket> tickets = new ArrayList<>();
                    for (int i = 0; i < ticketSpecs.size(); i++) {
                        Object[] s = ticketSpecs.get(i);
                        tickets.add(ticket(
                                "SUP-" + (i + 1),
                                "C" + s[0],
                                (TicketPriority) s[1],
                                String.format("2027-01-%02d", (int) s[2])));
                    }
                    List<CommitmentHealth> healths = new ArrayList<>();
                    for (int i = 0; i < healthSpecs.size(); i++) {
                        Object[] s = healthSpecs.get(i);
                        healths.add(health("SC-" + (i + 1), "C" + s[0], (Health) s[1], "reason " + i));
                    }
                    return new RadarInput(
                            new RenewalWindow(TODAY, 60), basis, list, OpenTickets.from(tickets), healths, true);
                }));
    }

    @Property(tries = 300)
    void permutingTheInputDoesNotChangeTheRadar(@ForAll("radars") RadarInput input, @ForAll long seed) {
        Random random = new Random(seed);
        RadarInput shuffled = new RadarInput(
                input.window(),
                input.basis(),
                shuffle(input.customers(), random),
                OpenTickets.from(shuffle(input.openTickets().all(), random)),
                shuffle(input.commitments(), random),
                input.maySeeMoney());

        assertThat(radar.draw(shuffled, false)).isEqualTo(radar.draw(input, false));
    }

    @Property(tries = 300)
    void hidingMoneyNeverChangesTheOrderOrTheRiskLevels(@ForAll("radars") RadarInput input) {
        RadarInput hidden = new RadarInput(
                input.window(), input.basis(), input.customers(), input.openTickets(), input.commitments(), false);

        RadarReport withMoney = radar.draw(input, false);
        RadarReport withoutMoney = radar.draw(hidden, false);

        assertThat(withoutMoney.entries())
                .extracting(RadarEntry::customer)
                .containsExactlyElementsOf(
                        withMoney.entries().stream().map(RadarEntry::customer).toList());
        assertThat(withoutMoney.entries())
                .extracting(e -> e.risk() + "/" + e.score())
                .containsExactlyElementsOf(withMoney.entries().stream()
                        .map(e -> e.risk() + "/" + e.score())
                        .toList());
        assertThat(withoutMoney.entries())
                .allSatisfy(entry -> assertThat(entry.annualValue()).isEmpty());
    }

    @Property(tries = 200)
    void entriesAreSortedByRiskThenScore(@ForAll("radars") RadarInput input) {
        List<RadarEntry> entries = radar.draw(input, false).entries();

        for (int i = 1; i < entries.size(); i++) {
            RadarEntry before = entries.get(i - 1);
            RadarEntry after = entries.get(i);
            assertThat(before.risk().compareTo(after.risk()) > 0
                            || (before.risk() == after.risk() && before.score() >= after.score()))
                    .isTrue();
        }
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
