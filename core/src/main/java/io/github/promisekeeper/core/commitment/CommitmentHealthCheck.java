package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commitment-health use case, the one place that turns commitments into their health for every entry
 * point (radar, REST, issue panels, JQL functions): read the commitments, then their customers and the
 * delivery state of every epic they name, one call each, then judge each by {@link CommitmentHealthRules}
 * with the site's forecast settings. Reads go through the ports as the viewer, so health is judged only from
 * what the viewer may open.
 */
public final class CommitmentHealthCheck {

    private final Commitments commitments;
    private final EpicDeliveries epics;
    private final Customers customers;
    private final Clock clock;

    public CommitmentHealthCheck(Commitments commitments, EpicDeliveries epics, Customers customers, Clock clock) {
        this.commitments = Objects.requireNonNull(commitments, "commitments");
        this.epics = Objects.requireNonNull(epics, "epics");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The health of {@code promised} on {@code today}, each against the next renewal of its customer in
     * {@code promisedTo} (none when the customer is not there), reading the delivering epics in one call per
     * {@link EpicDeliveries#MAX_KEYS_PER_CALL} of them.
     * For callers that already hold the commitments and their customers; in the order given.
     */
    public CommitmentHealthReport assess(
            List<Commitment> promised,
            Map<CustomerKey, Customer> promisedTo,
            ThroughputForecast forecasting,
            LocalDate today) {
        Map<IssueKey, EpicDelivery> delivery = deliveryOf(promised);
        CommitmentHealthRules rules = CommitmentHealthRules.standard(forecasting);
        List<CommitmentHealth> health = promised.stream()
                .map(commitment -> rules.assess(
                        commitment,
                        delivery,
                        Optional.ofNullable(promisedTo.get(commitment.customer()))
                                .flatMap(c -> NextRenewal.of(c, today)),
                        today))
                .toList();
        return new CommitmentHealthReport(health, health.size(), promisedTo, delivery);
    }

    /** The commitments to any of {@code customerKeys} with their health, and those customers. */
    public CommitmentHealthReport ofCustomers(Set<CustomerKey> customerKeys, ThroughputForecast forecasting) {
        if (customerKeys.isEmpty()) {
            return CommitmentHealthReport.none();
        }
        return report(commitments.findByCustomers(customerKeys), customers.findAllByKey(customerKeys), forecasting);
    }

    /** The commitments to {@code promisedTo}, customers already read, with their health. */
    public CommitmentHealthReport ofCustomers(Map<CustomerKey, Customer> promisedTo, ThroughputForecast forecasting) {
        if (promisedTo.isEmpty()) {
            return CommitmentHealthReport.none();
        }
        return report(commitments.findByCustomers(promisedTo.keySet()), promisedTo, forecasting);
    }

    /** {@code commitment}'s health, against its customer's next renewal, with that customer when known. */
    public CommitmentHealthReport of(Commitment commitment, ThroughputForecast forecasting) {
        Map<CustomerKey, Customer> promisedTo = customers
                .findByKey(commitment.customer())
                .map(customer -> Map.of(customer.key(), customer))
                .orElse(Map.of());
        return report(List.of(commitment), promisedTo, forecasting);
    }

    /**
     * The open commitments to {@code customer}, soonest promise first, the first {@code shown} of them with
     * their health (only their epics are read); the total counts them all.
     */
    public CommitmentHealthReport openOf(Customer customer, int shown, ThroughputForecast forecasting) {
        if (shown < 0) {
            throw new IllegalArgumentException("Show 0 or more commitments, not " + shown + ".");
        }
        List<Commitment> open = commitments.findOpenByCustomer(customer.key()).stream()
                .sorted(Comparator.comparing(Commitment::promisedDate).thenComparing(Commitment::key))
                .toList();
        List<Commitment> first = open.subList(0, Math.min(shown, open.size()));
        Map<CustomerKey, Customer> promisedTo = Map.of(customer.key(), customer);
        return assess(first, promisedTo, forecasting, LocalDate.now(clock)).outOf(open.size());
    }

    /** The commitments {@code epic} delivers with their health, and their customers. */
    public CommitmentHealthReport deliveredBy(IssueKey epic, ThroughputForecast forecasting) {
        return promised(commitments.findByEpic(epic), forecasting);
    }

    /** Every open commitment with its health, and their customers: for site-wide questions. */
    public CommitmentHealthReport open(ThroughputForecast forecasting) {
        return promised(commitments.findOpen(), forecasting);
    }

    /**
     * Every open commitment with its health, and their customers, judged in slices of at most {@code slice}
     * commitments: the epics of one slice are read in one call, so no read names more epics than one adapter call
     * reads, however many commitments the site has (for the slip check, which reads them all).
     */
    public CommitmentHealthReport open(ThroughputForecast forecasting, int slice) {
        if (slice < 1) {
            throw new IllegalArgumentException("Judge 1 or more commitments at a time, not " + slice + ".");
        }
        List<Commitment> open = commitments.findOpen();
        if (open.isEmpty()) {
            return CommitmentHealthReport.none();
        }
        Map<CustomerKey, Customer> promisedTo =
                customers.findAllByKey(open.stream().map(Commitment::customer).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<CommitmentHealth> health = new ArrayList<>(open.size());
        Map<IssueKey, EpicDelivery> epicsRead = new HashMap<>();
        for (int from = 0; from < open.size(); from += slice) {
            CommitmentHealthReport part =
                    assess(open.subList(from, Math.min(open.size(), from + slice)), promisedTo, forecasting, today);
            health.addAll(part.commitments());
            epicsRead.putAll(part.epics());
        }
        return new CommitmentHealthReport(health, health.size(), promisedTo, epicsRead);
    }

    private CommitmentHealthReport promised(List<Commitment> promised, ThroughputForecast forecasting) {
        if (promised.isEmpty()) {
            return CommitmentHealthReport.none();
        }
        Set<CustomerKey> keys = promised.stream().map(Commitment::customer).collect(Collectors.toSet());
        return report(promised, customers.findAllByKey(keys), forecasting);
    }

    private CommitmentHealthReport report(
            List<Commitment> promised, Map<CustomerKey, Customer> promisedTo, ThroughputForecast forecasting) {
        return assess(promised, promisedTo, forecasting, LocalDate.now(clock));
    }

    /** The delivery state of every epic {@code promised} names, one call per slice the port reads at once. */
    private Map<IssueKey, EpicDelivery> deliveryOf(List<Commitment> promised) {
        List<IssueKey> keys = promised.stream()
                .flatMap(c -> c.deliveringEpics().stream())
                .distinct()
                .sorted()
                .toList();
        Map<IssueKey, EpicDelivery> delivery = new HashMap<>();
        for (int from = 0; from < keys.size(); from += EpicDeliveries.MAX_KEYS_PER_CALL) {
            delivery.putAll(epics.findByKeys(
                    new HashSet<>(keys.subList(from, Math.min(keys.size(), from + EpicDeliveries.MAX_KEYS_PER_CALL)))));
        }
        return delivery;
    }
}
