package io.github.promisekeeper.core.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where customers and their contracts are kept. */
public interface Customers {

    Optional<Customer> findByKey(CustomerKey key);

    /**
     * Customers whose next renewal falls between {@code from} and {@code to}, both inclusive,
     * earliest renewal first, at most {@code limit} of them.
     */
    List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit);

    /** Creates the customer, or replaces the stored one with the same key (contracts included). */
    void save(Customer customer);
}
