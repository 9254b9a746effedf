package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-loop tally of a customer's tickets keeps exactly what counting and sorting them all would give. */
class TicketTallyPropertiesTest {

    private static final List<CustomerKey> CUSTOMERS =
            List.of(CustomerKey.of("AA"), CustomerKey.of("BB"), CustomerKey.of("CC"));

    @Provide
    Arbitrary<List<Ticket>> tickets() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(TicketPriority.values()),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of(StatusCategory.values()))
                .as((customer, priority, second, status) -> new Object[] {customer, priority, second, status})
                .list()
                .ofMaxSize(60)
                .map(specs -> {
                    List<Ticket> tickets = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Object[] s = specs.get(i);
                        // customer 3 (ZZ) is not asked about: its tickets must stay in its own group; update times
                        // collide often to exercise the tie-breaks
                        String customer = (int) s[0] == 3
                                ? "ZZ"
                                : CUSTOMERS.get((int) s[0]).value();
                        Instant updated = Instant.ofEpochSecond(1_800_000_000L + (int) s[2], (i % 2) * 500);
                        tickets.add(new Ticket(
                                new IssueKey("SUP", 1000 - i),
                                CustomerKey.of(customer),
                                "",
                                (TicketPriority) s[1],
                                (StatusCategory) s[3],
                                "Bug",
                                updated,
                                updated));
                    }
                    return tickets;
                });
    }

    @Property(tries = 500)
    void keepsTheMostUrgentOpenTicketsAndCountsEveryOpenOne(
            @ForAll("tickets") List<Ticket> tickets, @ForAll @IntRange(min = 0, max = 6) int keep) {
        OpenTickets grouped = OpenTickets.from(tickets);
        TicketTally tally = new TicketTally(keep);

        for (CustomerKey customer : CUSTOMERS) {
            List<Ticket> open = tickets.stream()
                    .filter(t -> t.customer().equals(customer) && t.isOpen())
                    .sorted(TicketOverview.MOST_URGENT_FIRST)
                    .toList();
            TicketOverview overview = tally.overview(grouped.of(customer));
            assertThat(overview.openTotal()).isEqualTo(open.size());
            assertThat(overview.mostUrgent()).containsExactlyElementsOf(open.subList(0, Math.min(keep, open.size())));
            for (TicketPriority priority : TicketPriority.values()) {
                assertThat(overview.open(priority)).isEqualTo((int)
                        open.stream().filter(t -> t.priority() == priority).count());
            }
        }
    }
}
