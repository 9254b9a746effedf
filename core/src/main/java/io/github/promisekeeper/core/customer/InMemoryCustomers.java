package io.github.promisekeeper.core.customer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Customers kept in memory: the reference implementation of {@link Customers} for tests and the preview. */
public final class InMemoryCustomers implements Customers {

    private final Map<CustomerKey, Customer> byKey = new ConcurrentHashMap<>();

    @Override
    public Optional<Customer> findByKey(CustomerKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit) {
        return byKey.values().stream()
                .filter(customer -> customer.nextRenewal()
                        .filter(renewal -> !renewal.isBefore(from) && !renewal.isAfter(to))
                        .isPresent())
                .sorted(Comparator.comparing((Customer customer) -> customer.nextRenewal().orElseThrow())
                        .thenComparing(Customer::key))
                .limit(limit)
                .toList();
    }

    @Override
    public void save(Customer customer) {
        byKey.put(customer.key(), customer);
    }
}
