package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.ReasonKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Customers kept in memory: the reference implementation of {@link Customers}, a test fixture (core's test jar).
 * Every method holds one lock, so each write is all-or-nothing like a database transaction.
 */
public final class InMemoryCustomers implements Customers {

    private static final Change SEEDED = Change.onAdminPage("test-seed", Instant.EPOCH);

    private final Map<CustomerKey, StoredCustomer> byKey = new TreeMap<>();
    private final Map<CustomerKey, Long> lastVersions = new HashMap<>();
    private final List<CustomerChange> history = new ArrayList<>();

    /** Creates or replaces the customer, for seeding tests; see {@link #upsert(Customer, Change)}. */
    public void save(Customer customer) {
        upsert(customer, SEEDED);
    }

    @Override
    public synchronized Optional<Customer> findByKey(CustomerKey key) {
        return findStoredByKey(key).map(StoredCustomer::customer);
    }

    @Override
    public synchronized Map<CustomerKey, Customer> findAllByKey(Set<CustomerKey> keys) {
        Map<CustomerKey, Customer> found = new TreeMap<>();
        keys.forEach(key -> findByKey(key).ifPresent(customer -> found.put(key, customer)));
        return Collections.unmodifiableMap(new LinkedHashMap<>(found));
    }

    @Override
    public synchronized Optional<StoredCustomer> findStoredByKey(CustomerKey key) {
        return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public synchronized Optional<StoredCustomer> findByCrmId(String crmId) {
        return byKey.values().stream()
                .filter(stored ->
                        crmId != null && crmId.equals(stored.customer().crmId()))
                .findFirst();
    }

    @Override
    public synchronized Optional<Customer> findByDomain(String emailDomain) {
        String domain = EmailDomains.normalize(emailDomain);
        return byKey.values().stream()
                .map(StoredCustomer::customer)
                .filter(customer -> customer.emailDomains().contains(domain))
                .findFirst();
    }

    @Override
    public synchronized List<Customer> renewingBetween(LocalDate from, LocalDate to, int limit) {
        Customers.checkLimit(limit);
        return byKey.values().stream()
                .map(StoredCustomer::customer)
                .filter(customer -> customer.nextRenewal()
                        .filter(renewal -> !renewal.isBefore(from) && !renewal.isAfter(to))
                        .isPresent())
                .sorted(Comparator.comparing(
                                (Customer customer) -> customer.nextRenewal().orElseThrow())
                        .thenComparing(Customer::key))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized CustomerPage matching(String text, int offset, int limit) {
        Customers.checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("Offset is never negative.");
        }
        String needle = CustomerSearchText.normalizeQuery(text);
        List<StoredCustomer> matches = byKey.values().stream()
                .filter(stored -> CustomerSearchText.of(stored.customer()).contains(needle))
                .toList();
        return new CustomerPage(matches.stream().skip(offset).limit(limit).toList(), offset, matches.size());
    }

    @Override
    public synchronized StoredCustomer upsert(Customer customer, Change change) {
        Customer next = EmailDomains.normalize(customer);
        Optional<StoredCustomer> current = findStoredByKey(next.key());
        return write(current.orElse(null), next, change);
    }

    @Override
    public synchronized List<StoredCustomer> upsertAll(List<Customer> customers, Change change) {
        Customers.checkDistinctKeys(customers);
        Map<CustomerKey, StoredCustomer> keptByKey = new TreeMap<>(byKey);
        Map<CustomerKey, Long> keptVersions = new HashMap<>(lastVersions);
        int keptHistory = history.size();
        try {
            List<StoredCustomer> stored = new ArrayList<>(customers.size());
            for (Customer customer : customers) {
                stored.add(upsert(customer, change));
            }
            return stored;
        } catch (RuntimeException e) {
            byKey.clear();
            byKey.putAll(keptByKey);
            lastVersions.clear();
            lastVersions.putAll(keptVersions);
            history.subList(keptHistory, history.size()).clear();
            throw e;
        }
    }

    @Override
    public synchronized StoredCustomer update(Customer customer, long expectedVersion, Change change) {
        Customer next = EmailDomains.normalize(customer);
        StoredCustomer current = findStoredByKey(next.key())
                .orElseThrow(() -> new CustomerConflictException(
                        CustomerConflictException.Reason.NOT_FOUND,
                        next.key(),
                        ReasonKey.CONFLICT_CUSTOMER_GONE,
                        next.key().value()));
        if (current.version() != expectedVersion) {
            throw stale(next.key(), expectedVersion, current.version());
        }
        return write(current, next, change);
    }

    static CustomerConflictException stale(CustomerKey key, long expected, long actual) {
        return new CustomerConflictException(
                CustomerConflictException.Reason.STALE_VERSION,
                key,
                ReasonKey.CONFLICT_STALE_VERSION,
                key.value(),
                Long.toString(actual),
                Long.toString(expected));
    }

    private StoredCustomer write(StoredCustomer current, Customer next, Change change) {
        CustomerKey previousKey = current == null ? null : current.key();
        checkUnique(next, previousKey);
        Description description;
        if (current == null) {
            description = ChangeDescriptions.creation(next);
        } else {
            description = ChangeDescriptions.changes(current.customer(), next);
            if (description.isEmpty()) {
                return current;
            }
            byKey.remove(previousKey);
        }
        long version = Math.max(current == null ? 0 : current.version(), lastVersions.getOrDefault(next.key(), 0L)) + 1;
        StoredCustomer stored = new StoredCustomer(next, version);
        byKey.put(next.key(), stored);
        lastVersions.put(next.key(), version);
        history.add(CustomerChange.of(next.key(), change, description));
        return stored;
    }

    private void checkUnique(Customer next, CustomerKey replacing) {
        for (StoredCustomer other : byKey.values()) {
            if (other.key().equals(replacing) || other.key().equals(next.key())) {
                continue;
            }
            if (next.crmId() != null && next.crmId().equals(other.customer().crmId())) {
                throw new CustomerConflictException(
                        CustomerConflictException.Reason.CRM_ID_TAKEN,
                        next.key(),
                        ReasonKey.CONFLICT_CRM_ID_TAKEN,
                        next.crmId(),
                        other.key().value());
            }
            for (String domain : next.emailDomains()) {
                if (other.customer().emailDomains().contains(domain)) {
                    throw new CustomerConflictException(
                            CustomerConflictException.Reason.DOMAIN_TAKEN,
                            next.key(),
                            ReasonKey.CONFLICT_DOMAIN_TAKEN,
                            domain,
                            other.key().value());
                }
            }
        }
    }

    @Override
    public synchronized boolean delete(CustomerKey key, Change change) {
        StoredCustomer removed = byKey.remove(key);
        if (removed == null) {
            return false;
        }
        lastVersions.merge(key, 1L, Long::sum);
        history.add(CustomerChange.of(key, change, ChangeDescriptions.deletion(removed.customer())));
        return true;
    }

    @Override
    public synchronized List<CustomerChange> historyOf(CustomerKey key, int limit) {
        Customers.checkLimit(limit);
        return history.reversed().stream()
                .filter(entry -> entry.customerKey().equals(key))
                .limit(limit)
                .toList();
    }
}
