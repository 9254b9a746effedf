package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.CustomerPage;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.EmailDomains;
import io.github.promisekeeper.core.customer.StoredCustomer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored customers one import plans against, looked up by key, CRM id and email domain. A site with
 * few customers is read once, page by page, so that a large file costs a few queries instead of three per
 * customer; a site with many asks the port for each customer, so the heap holds only the file.
 */
interface StoredLookup {

    /** Up to this many stored customers are read into memory for one import. */
    int PRELOAD_LIMIT = 20_000;

    Optional<StoredCustomer> byKey(CustomerKey key);

    Optional<StoredCustomer> byCrmId(String crmId);

    /** The key of the customer holding {@code domain}; IllegalArgumentException for a malformed domain. */
    Optional<CustomerKey> byDomain(String domain);

    /**
     * Reads the stored customers into memory when there are at most {@code preloadLimit} of them and the
     * file is not tiny beside them (at least one row for every ten stored customers): a few-row file on
     * a large site is cheaper asked customer by customer.
     */
    static StoredLookup of(Customers customers, int preloadLimit, int rows) {
        int stored = customers.matching("", 0, 1).total();
        if (stored > preloadLimit || (long) rows * 10 < stored) {
            return new Queried(customers);
        }
        CustomerPage first = customers.matching("", 0, Customers.MAX_LIMIT);
        Preloaded preloaded = new Preloaded();
        first.stored().forEach(preloaded::add);
        for (int offset = first.stored().size(); offset < first.total(); offset += Customers.MAX_LIMIT) {
            customers.matching("", offset, Customers.MAX_LIMIT).stored().forEach(preloaded::add);
        }
        return preloaded;
    }

    /** Asks the port each time. */
    record Queried(Customers customers) implements StoredLookup {
        @Override
        public Optional<StoredCustomer> byKey(CustomerKey key) {
            return customers.findStoredByKey(key);
        }

        @Override
        public Optional<StoredCustomer> byCrmId(String crmId) {
            return customers.findByCrmId(crmId);
        }

        @Override
        public Optional<CustomerKey> byDomain(String domain) {
            return customers.findByDomain(domain).map(Customer::key);
        }
    }

    /** Every stored customer, read once. */
    final class Preloaded implements StoredLookup {
        private final Map<CustomerKey, StoredCustomer> byKey = new HashMap<>();
        private final Map<String, StoredCustomer> byCrmId = new HashMap<>();
        private final Map<String, CustomerKey> byDomain = new HashMap<>();

        void add(StoredCustomer stored) {
            byKey.put(stored.key(), stored);
            if (stored.customer().crmId() != null) {
                byCrmId.putIfAbsent(stored.customer().crmId(), stored);
            }
            for (String domain : stored.customer().emailDomains()) {
                byDomain.putIfAbsent(EmailDomains.normalize(domain), stored.key());
            }
        }

        @Override
        public Optional<StoredCustomer> byKey(CustomerKey key) {
            return Optional.ofNullable(byKey.get(key));
        }

        @Override
        public Optional<StoredCustomer> byCrmId(String crmId) {
            return Optional.ofNullable(byCrmId.get(crmId));
        }

        @Override
        public Optional<CustomerKey> byDomain(String domain) {
            return Optional.ofNullable(byDomain.get(EmailDomains.normalize(domain)));
        }
    }
}
