package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Promise Scorecard use case: the record of the promises due in a period, for managers. Reads the commitments
 * promised in the period (one call), keeps those with a delivering epic inside the scope (every one for
 * {@link Scope.Kind#ALL}), has {@link CommitmentHealthCheck} judge their health (not recomputed here), turns each
 * health into an {@link Outcome} ({@link PromiseOutcome#judge}) and counts; then counts the open epics in the scope
 * and those of them that deliver an open promise. Every read goes through the ports as the viewer.
 */
public final class PromiseScorecard {

    private final CommitmentHealthCheck healthCheck;
    private final Commitments commitments;
    private final EpicDeliveries epics;
    private final Customers customers;
    private final Clock clock;

    public PromiseScorecard(
            CommitmentHealthCheck healthCheck,
            Commitments commitments,
            EpicDeliveries epics,
            Customers customers,
            Clock clock) {
        this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.epics = Objects.requireNonNull(epics, "epics");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The scorecard for {@code request}, health forecast with {@code forecasting}, money totalled with {@code rates}. */
    public Scorecard score(ScorecardRequest request, ThroughputForecast forecasting, ExchangeRates rates) {
        LocalDate today = LocalDate.now(clock);
        ScorecardPeriod period = request.period();
        List<Commitment> due = inScope(
                commitments.findPromisedBetween(period.from(), period.to()).stream()
                        .filter(c -> period.contains(c.promisedDate()))
                        .sorted(Comparator.comparing(Commitment::key))
                        .toList(),
                request.scope());
        Set<CustomerKey> customerKeys = due.stream().map(Commitment::customer).collect(Collectors.toSet());
        Map<CustomerKey, Customer> promisedTo =
                customerKeys.isEmpty() ? Map.of() : customers.findAllByKey(customerKeys);
        CommitmentHealthReport report = healthCheck.assess(due, promisedTo, forecasting, today);
        List<PromiseOutcome> outcomes = report.commitments().stream()
                .map(health -> PromiseOutcome.judge(
                        health,
                        report.epics(),
                        Optional.ofNullable(promisedTo.get(health.commitment().customer())),
                        today))
                .map(outcome -> request.maySeeMoney() ? outcome : outcome.withoutValue())
                .toList();
        return new Scorecard(
                period,
                request.scope(),
                outcomes.size(),
                counts(outcomes),
                byQuarter(period, outcomes),
                medianSlip(outcomes),
                request.maySeeMoney() ? Optional.of(valueAtRisk(outcomes, rates)) : Optional.empty(),
                openEpics(request.scope(), due),
                worstCustomers(outcomes, promisedTo));
    }

    private List<Commitment> inScope(List<Commitment> due, Scope scope) {
        if (scope.kind() == Scope.Kind.ALL || due.isEmpty()) {
            return due;
        }
        Set<IssueKey> named =
                due.stream().flatMap(c -> c.deliveringEpics().stream()).collect(Collectors.toSet());
        Set<IssueKey> inside = named.isEmpty() ? Set.of() : epics.findInScope(named, scope);
        return due.stream()
                .filter(c -> c.deliveringEpics().stream().anyMatch(inside::contains))
                .toList();
    }

    private static List<OutcomeCount> counts(List<PromiseOutcome> outcomes) {
        Map<Outcome, Integer> counts = tally(outcomes);
        List<OutcomeCount> result = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            result.add(OutcomeCount.of(outcome, counts.get(outcome), outcomes.size()));
        }
        return result;
    }

    private static Map<Outcome, Integer> tally(List<PromiseOutcome> outcomes) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        return counts;
    }

    private static List<QuarterOutcomes> byQuarter(ScorecardPeriod period, List<PromiseOutcome> outcomes) {
        Map<Quarter, List<PromiseOutcome>> grouped = outcomes.stream()
                .collect(Collectors.groupingBy(o -> Quarter.of(o.commitment().promisedDate())));
        return period.quarters().stream()
                .map(quarter -> new QuarterOutcomes(quarter, tally(grouped.getOrDefault(quarter, List.of()))))
                .toList();
    }

    private static Optional<BigDecimal> medianSlip(List<PromiseOutcome> outcomes) {
        List<Long> slips = outcomes.stream()
                .filter(o -> o.outcome() == Outcome.DELIVERED_LATE)
                .flatMap(o -> o.slipDays().stream())
                .sorted()
                .toList();
        if (slips.isEmpty()) {
            return Optional.empty();
        }
        int middle = slips.size() / 2;
        if (slips.size() % 2 == 1) {
            return Optional.of(BigDecimal.valueOf(slips.get(middle)));
        }
        // Exact: the sum of two whole days halved has at most one decimal (12.5), none when even (12).
        return Optional.of(
                BigDecimal.valueOf(slips.get(middle - 1) + slips.get(middle)).divide(BigDecimal.TWO));
    }

    /**
     * Each customer once per quarter of renewal, with the value at stake of its first promise (by key) at risk
     * against a renewal in that quarter; every quarter from the first to the last, empty ones with nothing.
     */
    private static List<QuarterValue> valueAtRisk(List<PromiseOutcome> outcomes, ExchangeRates rates) {
        TreeMap<Quarter, Map<CustomerKey, Optional<Money>>> byQuarter = new TreeMap<>();
        outcomes.stream()
                .filter(PromiseOutcome::putsValueAtRisk)
                .filter(o -> o.renewalAtStake().isPresent())
                .forEach(o -> byQuarter
                        .computeIfAbsent(Quarter.of(o.renewalAtStake().orElseThrow()), q -> new LinkedHashMap<>())
                        .putIfAbsent(o.commitment().customer(), o.valueAtStake()));
        if (byQuarter.isEmpty()) {
            return List.of();
        }
        List<QuarterValue> values = new ArrayList<>();
        for (Quarter q = byQuarter.firstKey(); q.compareTo(byQuarter.lastKey()) <= 0; q = q.next()) {
            Map<CustomerKey, Optional<Money>> atRisk = byQuarter.getOrDefault(q, Map.of());
            values.add(new QuarterValue(
                    q,
                    rates.total(
                            atRisk.values().stream().flatMap(Optional::stream).toList()),
                    atRisk.size()));
        }
        return values;
    }

    private OpenEpics openEpics(Scope scope, List<Commitment> due) {
        Set<IssueKey> delivering = new HashSet<>();
        commitments.findOpen().forEach(c -> delivering.addAll(c.deliveringEpics()));
        due.forEach(c -> delivering.addAll(c.deliveringEpics()));
        return epics.countOpen(scope, delivering);
    }

    private static List<CustomerRecord> worstCustomers(
            List<PromiseOutcome> outcomes, Map<CustomerKey, Customer> promisedTo) {
        Map<CustomerKey, List<PromiseOutcome>> byCustomer = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.commitment().customer()));
        return byCustomer.entrySet().stream()
                .map(entry -> {
                    Map<Outcome, Integer> counts = tally(entry.getValue());
                    Customer customer = promisedTo.get(entry.getKey());
                    return new CustomerRecord(
                            entry.getKey(),
                            customer == null ? null : customer.name(),
                            entry.getValue().size(),
                            counts.get(Outcome.DELIVERED_LATE),
                            counts.get(Outcome.BREACHED));
                })
                .filter(record -> record.broken() > 0)
                .sorted(Comparator.comparing(CustomerRecord::broken)
                        .reversed()
                        .thenComparing(
                                Comparator.comparing(CustomerRecord::breached).reversed())
                        .thenComparing(CustomerRecord::customer))
                .limit(Scorecard.WORST_CUSTOMERS)
                .toList();
    }
}
