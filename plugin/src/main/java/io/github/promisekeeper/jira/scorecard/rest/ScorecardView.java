package io.github.promisekeeper.jira.scorecard.rest;

import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.scorecard.CustomerRecord;
import io.github.promisekeeper.core.scorecard.Outcome;
import io.github.promisekeeper.core.scorecard.OutcomeCount;
import io.github.promisekeeper.core.scorecard.QuarterOutcomes;
import io.github.promisekeeper.core.scorecard.QuarterValue;
import io.github.promisekeeper.core.scorecard.Scorecard;
import io.github.promisekeeper.jira.web.ValueView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * JSON of {@code GET /scorecard}: the period, the outcome counts with their share, the same by quarter of promised
 * date, the median slip, the value at risk by quarter of renewal (absent without the money right), the open epics
 * and the customers with the most broken promises. Outcomes are named in lower case with dashes
 * ({@code kept-on-time}, {@code delivered-late}, {@code breached}, {@code open}).
 */
record ScorecardView(
        LocalDate from,
        LocalDate to,
        LocalDate today,
        String scope,
        int promised,
        List<OutcomeView> outcomes,
        List<QuarterView> quarters,
        BigDecimal medianSlipDays,
        List<ValueAtRiskView> valueAtRisk,
        EpicsView epics,
        List<CustomerView> customers) {

    static ScorecardView from(Scorecard card, LocalDate today) {
        return new ScorecardView(
                card.period().from(),
                card.period().to(),
                today,
                card.scope().value(),
                card.promised(),
                card.outcomes().stream().map(OutcomeView::from).toList(),
                card.quarters().stream().map(QuarterView::from).toList(),
                card.medianSlipDays().orElse(null),
                card.valueAtRisk()
                        .map(values ->
                                values.stream().map(ValueAtRiskView::from).toList())
                        .orElse(null),
                EpicsView.from(card.epics()),
                card.worstCustomers().stream().map(CustomerView::from).toList());
    }

    static String name(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One outcome: {@code {"outcome":"kept-on-time","count":3,"percent":60}}. */
    record OutcomeView(String outcome, int count, int percent) {
        static OutcomeView from(OutcomeCount count) {
            return new OutcomeView(name(count.outcome()), count.count(), count.percent());
        }
    }

    /** One quarter of the period with the count of each outcome of the promises due in it. */
    record QuarterView(
            String quarter, LocalDate from, LocalDate to, int keptOnTime, int deliveredLate, int breached, int open) {
        static QuarterView from(QuarterOutcomes quarter) {
            return new QuarterView(
                    quarter.quarter().toString(),
                    quarter.quarter().firstDay(),
                    quarter.quarter().lastDay(),
                    quarter.count(Outcome.KEPT_ON_TIME),
                    quarter.count(Outcome.DELIVERED_LATE),
                    quarter.count(Outcome.BREACHED),
                    quarter.count(Outcome.OPEN));
        }
    }

    /** The value at risk against one quarter's renewals, and of how many customers. */
    record ValueAtRiskView(String quarter, ValueView value, int customers) {
        static ValueAtRiskView from(QuarterValue value) {
            return new ValueAtRiskView(value.quarter().toString(), ValueView.from(value.value()), value.customers());
        }
    }

    /** Open epics in the scope, how many of them deliver a promise, and that share in whole percent. */
    record EpicsView(long open, long deliveringPromise, int percent) {
        static EpicsView from(OpenEpics epics) {
            return new EpicsView(epics.open(), epics.delivering(), epics.percent());
        }
    }

    /** A customer with broken promises: key, name, promised, late, breached and broken (late plus breached). */
    record CustomerView(String key, String name, int promised, int late, int breached, int broken) {
        static CustomerView from(CustomerRecord record) {
            return new CustomerView(
                    record.customer().value(),
                    record.name(),
                    record.promised(),
                    record.late(),
                    record.breached(),
                    record.broken());
        }
    }
}
