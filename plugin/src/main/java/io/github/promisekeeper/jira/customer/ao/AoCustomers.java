package io.github.promisekeeper.jira.customer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerPage;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.StoredCustomer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Customers} on Active Objects: reads in {@link AoCustomerReads}, writes in {@link AoCustomerWrites}.
 * Each method is one transaction, except {@link #renewingBetween}, which is a single statement; AO proxies
 * never leave the adapter.
 *
 * <p>Reads select every column they map. A page of customers ({@link #renewingBetween}, {@link #matching})
 * is one query, one row and one column per customer: the derived {@code READ_MODEL} column
 * ({@link CustomerReadModel}) holds the whole customer, and every write rewrites it in its transaction.
 * Single customers, and the writes' own reads, come from the customer's columns and its {@code CONTRACT}
 * and {@code EMAIL_DOMAIN} rows, which stay the source of truth (and hold the domains' uniqueness).
 */
public final class AoCustomers implements Customers {

    private final AoCustomerReads reads;
    private final AoCustomerWrites writes;

    public AoCustomers(ActiveObjects ao) {
        Objects.requireNonNull(ao, "active objects");
        this.reads = new AoCustomerReads(ao);
        this.writes = new AoCustomerWrites(ao, reads);
    }

    @Override
    public Optional<Customer> findByKey(CustomerKey key) {
        return reads.findStoredByKey(key).map(StoredCustomer::customer);
    }

    @Override
    public Map<CustomerKey, Customer> findAllByKey(Set<CustomerKey> keys) {
        return reads.findAllByKey(keys);
    }

    @Override
    public Optional<StoredCustomer> findStoredByKey(CustomerKey key) {
        return reads.findStoredByKey(key);
    }

    @Override
    public Optional<StoredCustomer> findByCrmId(String crmId) {
        return reads.findByCrmId(crmId);
    }

    @Override
    public Optional<Customer> findByDomain(String emailDomain) {
        return reads.findByDomain(emailDomain);
    }

    @Override
    public List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit) {
        return reads.renewingBetween(from, to, limit);
    }

    @Override
    public CustomerPage matching(String text, int offset, int limit) {
        return reads.matching(text, offset, limit);
    }

    @Override
    public List<CustomerChange> historyOf(CustomerKey key, int limit) {
        return reads.historyOf(key, limit);
    }

    @Override
    public StoredCustomer upsert(Customer customer, Change change) {
        return writes.upsert(customer, change);
    }

    @Override
    public List<StoredCustomer> upsertAll(List<Customer> customers, Change change) {
        return writes.upsertAll(customers, change);
    }

    @Override
    public StoredCustomer update(Customer customer, long expectedVersion, Change change) {
        return writes.update(customer, expectedVersion, change);
    }

    @Override
    public boolean delete(CustomerKey key, Change change) {
        return writes.delete(key, change);
    }
}
