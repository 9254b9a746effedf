package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.ticket.Scope;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Promise Scorecard of a period and scope: the outcomes of the promises due in it (in all and by quarter of
 * promised date), the median slip of those delivered late, the value at risk by quarter of renewal (only for viewers
 * who may see money), the share of open epics that deliver a promise, and the customers with the most broken promises.
 *
 * @param outcomes       one count per {@link Outcome}, in its order
 * @param medianSlipDays the median of the days from promised date to delivery of the promises delivered late; empty
 *                       when none was (half a day when two middle values differ by an odd number)
 * @param valueAtRisk    by quarter of renewal, every quarter from the first to the last with a value at risk; empty
 *                       for a viewer without the money right
 * @param worstCustomers the customers with a broken promise, most broken first, at most {@value #WORST_CUSTOMERS}
 */
public record Scorecard(
        ScorecardPeriod period,
        Scope scope,
        int promised,
        List<OutcomeCount> outcomes,
        List<QuarterOutcomes> quarters,
        Optional<BigDecimal> medianSlipDays,
        Optional<List<QuarterValue>> valueAtRisk,
        OpenEpics epics,
        List<CustomerRecord> worstCustomers) {

    /** How many customers the scorecard names. */
    public static final int WORST_CUSTOMERS = 5;

    public Scorecard {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        outcomes = List.copyOf(outcomes);
        quarters = List.copyOf(quarters);
        Objects.requireNonNull(medianSlipDays, "medianSlipDays");
        valueAtRisk = valueAtRisk.map(List::copyOf);
        Objects.requireNonNull(epics, "epics");
        worstCustomers = List.copyOf(worstCustomers);
    }

    public OutcomeCount outcome(Outcome outcome) {
        return outcomes.stream()
                .filter(count -> count.outcome() == outcome)
                .findFirst()
                .orElseThrow();
    }
}
