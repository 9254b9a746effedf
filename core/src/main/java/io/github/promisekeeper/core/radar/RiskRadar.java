package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.Ticket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws a radar from its input: keeps the customers whose next renewal falls in the window (lapsed
 * ones included), tallies their open tickets in one pass, scores every customer with {@link RiskScoring}
 * and ranks them. The same input in any order gives the same radar.
 */
public final class RiskRadar {

    /** Highest risk first, then highest score, earliest decision date, and key: a total order. */
    static final Comparator<Ranked> RANKING = Comparator.comparing((Ranked r) -> r.entry().risk()).reversed()
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.entry().score()).reversed())
            .thenComparing(r -> r.renewal().decisionDeadline())
            .thenComparing(r -> r.entry().customer());

    private static final Comparator<CommitmentHealth> WORST_COMMITMENT_FIRST =
            Comparator.comparing(CommitmentHealth::health).reversed()
                    .thenComparing(health -> health.commitment().promisedDate())
                    .thenComparing(health -> health.commitment().key());

    private final RadarSettings settings;

    public RiskRadar(RadarSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public RadarReport draw(RadarInput input, boolean truncated) {
        Map<CustomerKey, Draft> drafts = new HashMap<>(Math.max(16, input.customers().size() * 2));
        for (Customer customer : input.customers()) {
            NextRenewal.of(customer, input.window().today())
                    .filter(renewal -> renewal.fallsIn(input.window(), input.basis()))
                    .ifPresent(renewal -> drafts.put(customer.key(),
                            new Draft(customer, renewal, new TicketOverview.Tally(settings.ticketsListed()))));
        }
        for (Ticket ticket : input.openTickets()) {
            Draft draft = drafts.get(ticket.customer());
            if (draft != null && ticket.isOpen()) {
                draft.tickets.add(ticket);
            }
        }
        for (CommitmentHealth commitment : input.commitments()) {
            Draft draft = drafts.get(commitment.commitment().customer());
            if (draft != null) {
                draft.commitments.add(input.maySeeMoney() ? commitment : commitment.withoutValue());
            }
        }
        List<Ranked> ranked = new ArrayList<>(drafts.size());
        MoneyTotal total = new MoneyTotal(new Money(0, settings.rates().reportingCurrency()), java.util.Set.of());
        for (Draft draft : drafts.values()) {
            Optional<MoneyTotal> value = input.maySeeMoney()
                    ? Optional.of(draft.customer.annualValue(settings.rates()))
                    : Optional.empty();
            if (value.isPresent()) {
                total = total.plus(value.get());
            }
            ranked.add(new Ranked(entry(draft, value), draft.renewal));
        }
        ranked.sort(RANKING);
        return new RadarReport(input.window(), input.basis(), ranked.stream().map(Ranked::entry).toList(),
                input.maySeeMoney() ? Optional.of(total) : Optional.empty(), truncated);
    }

    private RadarEntry entry(Draft draft, Optional<MoneyTotal> value) {
        draft.commitments.sort(WORST_COMMITMENT_FIRST);
        TicketOverview tickets = draft.tickets.overview();
        List<Flag> flags = settings.scoring().flags(draft.renewal, tickets, draft.commitments, value);
        int score = RiskScoring.score(flags);
        NextRenewal renewal = draft.renewal;
        return new RadarEntry(draft.customer.key(), draft.customer.name(), RiskScoring.level(score), score,
                renewal.renewal(), renewal.noticeDeadline(), renewal.daysLeft(), renewal.state(), value, tickets,
                draft.commitments, flags);
    }

    record Ranked(RadarEntry entry, NextRenewal renewal) {
    }

    private static final class Draft {
        final Customer customer;
        final NextRenewal renewal;
        final TicketOverview.Tally tickets;
        final List<CommitmentHealth> commitments = new ArrayList<>(2);

        Draft(Customer customer, NextRenewal renewal, TicketOverview.Tally tickets) {
            this.customer = customer;
            this.renewal = renewal;
            this.tickets = tickets;
        }
    }
}
