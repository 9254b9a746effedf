package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.NextRenewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a radar from its input: keeps the customers whose next renewal falls in the window (lapsed
 * ones included), tallies each one's open tickets (read grouped by customer, so one customer's tickets in one
 * loop), scores every customer with {@link RiskScoring} and ranks them. The same input in any order gives the
 * same radar.
 */
public final class RiskRadar {

    /**
     * Highest risk first, then highest score, earliest decision date, and key: a total order. It compares the
     * values each {@link Ranked} copied out of its entry, because a sort makes many comparisons per entry.
     */
    static final Comparator<Ranked> RANKING = (a, b) -> {
        int byRisk = Integer.compare(b.risk, a.risk);
        if (byRisk != 0) {
            return byRisk;
        }
        int byScore = Integer.compare(b.score, a.score);
        if (byScore != 0) {
            return byScore;
        }
        int byDecision = Long.compare(a.decisionDay, b.decisionDay);
        return byDecision != 0 ? byDecision : a.key.compareTo(b.key);
    };

    /** Worst health first, then the earliest promised date, then key; spelled out as it runs for every customer. */
    private static final Comparator<CommitmentHealth> WORST_COMMITMENT_FIRST = (a, b) -> {
        int byHealth = b.health().compareTo(a.health());
        if (byHealth != 0) {
            return byHealth;
        }
        int byPromise = a.commitment().promisedDate().compareTo(b.commitment().promisedDate());
        return byPromise != 0
                ? byPromise
                : a.commitment().key().compareTo(b.commitment().key());
    };

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
        // Every customer of the input, mapped to its draft when it is on the radar (null when it is not).
        Map<CustomerKey, Draft> byKey = new HashMap<>(input.customers().size() * 4 / 3 + 1);
        for (Customer customer : input.customers()) {
            if (byKey.containsKey(customer.key())) {
                throw new IllegalArgumentException("Customer " + customer.key() + " is on the radar twice.");
            }
            Draft draft = NextRenewal.of(customer, input.window().today())
                    .filter(renewal -> renewal.fallsIn(input.window(), input.basis()))
                    .map(renewal -> new Draft(customer, renewal))
                    .orElse(null);
            byKey.put(customer.key(), draft);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        for (CommitmentHealth commitment : input.commitments()) {
            Draft draft = byKey.get(commitment.commitment().customer());
            if (draft != null) {
                draft.commitments.add(input.maySeeMoney() ? commitment : commitment.withoutValue());
            }
        }
        TicketTally tally = new TicketTally(settings.ticketsListed());
        ValueSum total = input.maySeeMoney() ? new ValueSum() : null;
        // All ticket tallies first, then all scoring: neither pass evicts what the other is about to read.
        TicketOverview[] overviews = new TicketOverview[drafts.size()];
        for (int i = 0; i < overviews.length; i++) {
            overviews[i] =
                    tally.overview(input.openTickets().of(drafts.get(i).customer.key()));
        }
        List<RadarEntry> unranked = new ArrayList<>(drafts.size());
        for (int i = 0; i < overviews.length; i++) {
            Draft draft = drafts.get(i);
            TicketOverview tickets = overviews[i];
            Optional<MoneyTotal> value = Optional.empty();
            if (total != null) {
                MoneyTotal annual = draft.customer.annualValue(settings.rates());
                total.add(annual);
                value = Optional.of(annual);
            }
            unranked.add(entry(draft, tickets, value));
        }
        // Made in a loop of their own, the sort keys lie next to each other in memory.
        List<Ranked> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            ranked.add(new Ranked(unranked.get(i), drafts.get(i).renewal.decisionDeadline()));
        }
        ranked.sort(RANKING);
        List<RadarEntry> entries = new ArrayList<>(ranked.size());
        for (Ranked entry : ranked) {
            entries.add(entry.entry);
        }
        return new RadarReport(
                input.window(),
                input.basis(),
                entries,
                total == null ? Optional.empty() : Optional.of(total.in(settings.rates())),
                truncated);
    }

    private RadarEntry entry(Draft draft, TicketOverview tickets, Optional<MoneyTotal> value) {
        if (draft.commitments.size() > 1) {
            draft.commitments.sort(WORST_COMMITMENT_FIRST);
        }
        List<Flag> flags = settings.scoring().flags(draft.renewal, tickets, draft.commitments, value);
        int score = RiskScoring.score(flags);
        NextRenewal renewal = draft.renewal;
        return new RadarEntry(
                draft.customer.key(),
                draft.customer.name(),
                RiskScoring.level(score),
                score,
                renewal.renewal(),
                renewal.noticeDeadline(),
                renewal.daysLeft(),
                renewal.state(),
                value,
                tickets,
                draft.commitments,
                flags);
    }

    /** An entry with what the ranking compares, copied out once rather than read at every comparison of the sort. */
    static final class Ranked {
        final RadarEntry entry;
        final int risk;
        final int score;
        final long decisionDay;
        final String key;

        Ranked(RadarEntry entry, LocalDate decisionDeadline) {
            this.entry = entry;
            this.risk = entry.risk().ordinal();
            this.score = entry.score();
            this.decisionDay = decisionDeadline.toEpochDay();
            this.key = entry.customer().value(); // CustomerKey orders by its value
        }
    }

    /**
     * The customers' annual values added up: the same sum as converting every active contract's value at once, since
     * each customer's value already is its contracts' values converted one by one.
     */
    private static final class ValueSum {
        long minorUnits;
        final Set<Currency> missingRates = new HashSet<>();

        void add(MoneyTotal value) {
            minorUnits = Math.addExact(minorUnits, value.total().minorUnits());
            missingRates.addAll(value.missingRates());
        }

        MoneyTotal in(ExchangeRates rates) {
            return new MoneyTotal(new Money(minorUnits, rates.reportingCurrency()), missingRates);
        }
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
