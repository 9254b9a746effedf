package io.github.promisekeeper.jira.commitment.rest;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthRules;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commitments of some customers with their health, read with one call per port: the commitments,
 * then the delivery state of every epic they name, then each customer's next renewal.
 */
public final class CommitmentQueries {

    private final Commitments commitments;
    private final EpicDeliveries epics;
    private final Customers customers;
    private final Clock clock;

    public CommitmentQueries(Commitments commitments, EpicDeliveries epics, Customers customers, Clock clock) {
        this.commitments = commitments;
        this.epics = epics;
        this.customers = customers;
        this.clock = clock;
    }

    /** The commitments to {@code customerKeys}, worst health first, money removed unless {@code maySeeMoney}. */
    public List<CommitmentHealth> healthOf(Set<CustomerKey> customerKeys, ThroughputForecast forecasting, boolean maySeeMoney) {
        List<Commitment> promised = commitments.forCustomers(customerKeys);
        if (promised.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Set<IssueKey> epicKeys = promised.stream().flatMap(c -> c.deliveringEpics().stream()).collect(Collectors.toSet());
        Map<IssueKey, EpicDelivery> delivery = epicKeys.isEmpty() ? Map.of() : epics.of(epicKeys);
        Map<CustomerKey, Optional<NextRenewal>> renewals = new HashMap<>();
        for (CustomerKey key : customerKeys) {
            renewals.put(key, customers.findByKey(key).flatMap((Customer customer) -> NextRenewal.of(customer, today)));
        }
        CommitmentHealthRules rules = CommitmentHealthRules.standard(forecasting);
        return promised.stream()
                .map(commitment -> rules.assess(commitment, delivery,
                        renewals.getOrDefault(commitment.customer(), Optional.empty()), today))
                .map(health -> maySeeMoney ? health : health.withoutValue())
                .sorted(Comparator.comparing(CommitmentHealth::health).reversed()
                        .thenComparing(health -> health.commitment().promisedDate())
                        .thenComparing(health -> health.commitment().key()))
                .toList();
    }
}
