package io.github.promisekeeper.core.customer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where customers, their contracts and email domains are kept, with the history of every change.
 *
 * <p>Every write is all-or-nothing and records one history entry in the same transaction. Email domains
 * are stored and looked up in lower case. A deleted customer's history stays.
 */
public interface Customers {

    int MAX_LIMIT = 1000;

    Optional<Customer> findByKey(CustomerKey key);

    /** The customers with any of {@code keys} that exist, by key in key order, in one call: for callers that would loop. */
    Map<CustomerKey, Customer> findAllByKey(Set<CustomerKey> keys);

    /** The customer with the version an edit of it must carry. */
    Optional<StoredCustomer> findStoredByKey(CustomerKey key);

    Optional<StoredCustomer> findByCrmId(String crmId);

    /** The customer that owns the email domain, ignoring case. */
    Optional<Customer> findByDomain(String emailDomain);

    /**
     * Customers whose next renewal falls between {@code from} and {@code to}, both inclusive,
     * earliest renewal first then by key, at most {@code limit} (1 to {@link #MAX_LIMIT}) of them.
     */
    List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit);

    /**
     * Customers whose key, name or CRM id contains {@code text} ignoring case (all customers for blank
     * text), ordered by key, skipping {@code offset} and returning at most {@code limit}.
     */
    CustomerPage matching(String text, int offset, int limit);

    /**
     * Creates the customer or replaces the stored one with the same key. Never re-keys: a customer whose CRM id
     * another customer holds is refused, because the Customer field on issues stores the key and a re-keyed
     * customer would orphan them. A write that changes nothing is not recorded and keeps the version.
     *
     * @throws CustomerConflictException when its CRM id or a domain belongs to another customer
     */
    StoredCustomer upsert(Customer customer, Change change);

    /**
     * {@link #upsert}s every customer, all or nothing: in one transaction, so when one of them is refused
     * (or the database fails half-way) none is written. For imports, where a half-applied file is worse
     * than none.
     *
     * @throws CustomerConflictException when any customer's CRM id or a domain belongs to another customer
     * @throws IllegalArgumentException  when two of the customers have the same key
     */
    List<StoredCustomer> upsertAll(List<Customer> customers, Change change);

    /**
     * Replaces the stored customer with the same key, provided it is still at {@code expectedVersion}.
     *
     * @throws CustomerConflictException when the customer changed since that version or no longer exists,
     *                                   or its CRM id or a domain belongs to another customer
     */
    StoredCustomer update(Customer customer, long expectedVersion, Change change);

    /** Deletes the customer with its contracts and domains, keeping its history; false if there was none. */
    boolean delete(CustomerKey key, Change change);

    /** The customer's history, newest first, at most {@code limit} entries; kept after deletion. */
    List<CustomerChange> historyOf(CustomerKey key, int limit);

    /** Rejects a batch that names one customer twice: which of the two should win is not ours to guess. */
    static void checkDistinctKeys(List<Customer> customers) {
        Set<CustomerKey> seen = new HashSet<>();
        for (Customer customer : customers) {
            if (!seen.add(customer.key())) {
                throw new IllegalArgumentException("Customer " + customer.key() + " appears twice in one batch.");
            }
        }
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", not " + limit + ".");
        }
    }
}
