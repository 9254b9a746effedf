package io.github.promisekeeper.jira.commitment.rest;

import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerPage;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.search.JqlSearch;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The commitments of some customers, or of all of them, with their health worst first, for the REST list: the
 * customers to ask about, then {@link CommitmentHealthCheck} (one call per port).
 */
public final class CommitmentQueries {

    /**
     * Most customers whose commitments one all-customers read looks at: as many as one call of the
     * commitments adapter searches ({@link JqlSearch#MAX_SEARCHES_PER_CALL} searches of
     * {@link JqlSearch#MAX_KEYS_PER_SEARCH} keys), so the read stays within a fixed number of Jira searches.
     */
    public static final int MAX_CUSTOMERS = JqlSearch.MAX_KEYS_PER_SEARCH * JqlSearch.MAX_SEARCHES_PER_CALL;

    private final CommitmentHealthCheck healthCheck;
    private final Customers customers;

    public CommitmentQueries(CommitmentHealthCheck healthCheck, Customers customers) {
        this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /**
     * Commitments with their health, worst first, and the customers they were promised to.
     *
     * @param total     how many commitments matched in all (the list may be one page of them)
     * @param truncated whether customers beyond {@link #MAX_CUSTOMERS} were left out of an all-customers read
     */
    public record Result(
            List<CommitmentHealth> commitments, int total, Map<CustomerKey, Customer> customers, boolean truncated) {
        public Result {
            commitments = List.copyOf(commitments);
            customers = Collections.unmodifiableMap(new LinkedHashMap<>(customers));
        }

        /**
         * {@code limit} of these commitments from {@code start} (none past the end), with the customers of that
         * page; the total and whether customers were left out stay those of the whole result.
         */
        public Result page(int start, int limit) {
            if (start < 0 || limit < 1) {
                throw new IllegalArgumentException("Start is at least 0 and limit at least 1.");
            }
            List<CommitmentHealth> page = commitments.subList(
                    Math.min(start, commitments.size()), (int) Math.min(commitments.size(), (long) start + limit));
            return new Result(page, total, promisedTo(page, customers), truncated);
        }
    }

    /**
     * The commitments to {@code customerKeys} whose health is one of {@code wanted}, worst first, with the
     * customers they were promised to; money removed unless {@code maySeeMoney}.
     */
    public Result of(
            Set<CustomerKey> customerKeys, Set<Health> wanted, ThroughputForecast forecasting, boolean maySeeMoney) {
        CommitmentHealthReport report = healthCheck.ofCustomers(customerKeys, forecasting);
        List<CommitmentHealth> matching = worstFirst(report, wanted, maySeeMoney);
        return new Result(matching, matching.size(), promisedTo(matching, report.customers()), false);
    }

    /**
     * One page of the commitments to every customer (the first {@link #MAX_CUSTOMERS} by key) whose health is
     * one of {@code wanted}, worst first: {@code limit} of them from {@code start}, with how many match in
     * all and the customers of the page. One read of the customers, one call of the commitments adapter and
     * one of the epics, however many customers there are.
     */
    public Result ofAllCustomers(
            Set<Health> wanted, int start, int limit, ThroughputForecast forecasting, boolean maySeeMoney) {
        Map<CustomerKey, Customer> all = new LinkedHashMap<>();
        boolean truncated = false;
        int offset = 0;
        while (true) {
            CustomerPage page =
                    customers.matching("", offset, Math.min(Customers.MAX_LIMIT, MAX_CUSTOMERS - all.size()));
            page.customers().forEach(customer -> all.put(customer.key(), customer));
            offset += page.customers().size();
            if (!page.hasMore() || page.customers().isEmpty()) {
                break;
            }
            if (all.size() >= MAX_CUSTOMERS) {
                truncated = true;
                break;
            }
        }
        List<CommitmentHealth> matching = worstFirst(healthCheck.ofCustomers(all, forecasting), wanted, maySeeMoney);
        return new Result(matching, matching.size(), all, truncated).page(start, limit);
    }

    /** The health of the report's commitments that is one of {@code wanted}, worst first, without money unless allowed. */
    private static List<CommitmentHealth> worstFirst(
            CommitmentHealthReport report, Set<Health> wanted, boolean maySeeMoney) {
        return report.commitments().stream()
                .filter(health -> wanted.contains(health.health()))
                .map(health -> maySeeMoney ? health : health.withoutValue())
                .sorted(Comparator.comparing(CommitmentHealth::health)
                        .reversed()
                        .thenComparing(health -> health.commitment().promisedDate())
                        .thenComparing(health -> health.commitment().key()))
                .toList();
    }

    private static Map<CustomerKey, Customer> promisedTo(
            List<CommitmentHealth> commitments, Map<CustomerKey, Customer> known) {
        Map<CustomerKey, Customer> customers = new LinkedHashMap<>();
        commitments.stream()
                .map(health -> health.commitment().customer())
                .sorted()
                .distinct()
                .forEach(
                        key -> Optional.ofNullable(known.get(key)).ifPresent(customer -> customers.put(key, customer)));
        return customers;
    }
}
