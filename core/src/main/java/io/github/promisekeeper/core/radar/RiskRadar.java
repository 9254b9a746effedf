package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.Ticket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
            .thenComparing(Ranked::decisionDeadline)
            .thenComparing(r -> r.entry().customer());

    private static final Comparator<CommitmentHealth> WORST_COMMITMENT_FIRST =
            Comparator.comparing(CommitmentHealth::health).reversed()
                    .thenComparing(health -> health.commitment().promisedDate())
                    .thenComparing(health -> health.commitment().key());

    private final RadarSettings settings;

    public RiskRadar(RadarSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The radar for {@code input}; {@code truncated} says whether more customers renew than were read.
     *
     * @throws IllegalArgumentException when a customer appears twice in the input
     */
    public RadarReport draw(RadarInput input, boolean truncated) {
        List<Draft> drafts = new ArrayList<>();
        java.util.Set<CustomerKey> seen = new java.util.HashSet<>();
        for (Customer customer : input.customers()) {
            if (!seen.add(customer.key())) {
                throw new IllegalArgumentException("Customer " + customer.key() + " is on the radar twice.");
            }
            NextRenewal.of(customer, input.window().today())
                    .filter(renewal -> renewal.fallsIn(input.window(), input.basis()))
                    .ifPresent(renewal -> drafts.add(new Draft(customer, renewal)));
        }
        TicketTallies tickets = new TicketTallies(drafts.stream().map(draft -> draft.customer.key()).toList(),
                settings.ticketsListed());
        tickets.addAll(input.openTickets());
        for (CommitmentHealth commitment : input.commitments()) {
            int customer = tickets.indexOf(commitment.commitment().customer());
            if (customer >= 0) {
                drafts.get(customer).commitments.add(input.maySeeMoney() ? commitment : commitment.withoutValue());
            }
        }
        List<Ranked> ranked = new ArrayList<>(drafts.size());
        List<Money> allValues = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            Optional<MoneyTotal> value = input.maySeeMoney()
                    ? Optional.of(draft.customer.annualValue(settings.rates()))
                    : Optional.empty();
            if (value.isPresent()) {
                draft.customer.contracts().stream().filter(Contract::isActive)
                        .flatMap(contract -> contract.value().stream()).forEach(allValues::add);
            }
            ranked.add(new Ranked(entry(draft, tickets.overview(i), value), draft.renewal.decisionDeadline()));
        }
        ranked.sort(RANKING);
        return new RadarReport(input.window(), input.basis(), ranked.stream().map(Ranked::entry).toList(),
                input.maySeeMoney() ? Optional.of(settings.rates().total(allValues)) : Optional.empty(), truncated);
    }

    private RadarEntry entry(Draft draft, TicketOverview tickets, Optional<MoneyTotal> value) {
        draft.commitments.sort(WORST_COMMITMENT_FIRST);
        List<Flag> flags = settings.scoring().flags(draft.renewal, tickets, draft.commitments, value);
        int score = RiskScoring.score(flags);
        NextRenewal renewal = draft.renewal;
        return new RadarEntry(draft.customer.key(), draft.customer.name(), RiskScoring.level(score), score,
                renewal.renewal(), renewal.noticeDeadline(), renewal.daysLeft(), renewal.state(), value, tickets,
                draft.commitments, flags);
    }

    /** An entry with its decision date, computed once rather than at every comparison of the sort. */
    record Ranked(RadarEntry entry, LocalDate decisionDeadline) {
    }

    private static final class Draft {
        final Customer customer;
        final NextRenewal renewal;
        final List<CommitmentHealth> commitments = new ArrayList<>(2);

        Draft(Customer customer, NextRenewal renewal) {
            this.customer = customer;
            this.renewal = renewal;
        }
    }
}
