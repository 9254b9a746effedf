package io.github.promisekeeper.core.customer;

import java.util.Objects;
import java.util.Optional;

/**
 * Creating or changing one customer, as an editor does: a change names the version it was made from and is
 * refused when the customer changed since; a new customer is refused when its key exists already (so nobody
 * overwrites a customer they never read) or its CRM id belongs to another customer (so a new key never
 * takes over an existing customer through its CRM id).
 */
public final class CustomerEdits {

    /** What became of a save. */
    public sealed interface Outcome {}

    /** Stored; {@code created} when the customer is new. */
    public record Saved(StoredCustomer customer, boolean created) implements Outcome {}

    /** Not created: a customer with this key exists; to change it, send the version read. */
    public record KeyTaken(CustomerKey key) implements Outcome {}

    /** Not created: the CRM id belongs to the customer {@code owner}. */
    public record CrmIdTaken(String crmId, CustomerKey owner) implements Outcome {}

    private final Customers customers;

    public CustomerEdits(Customers customers) {
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /**
     * Saves {@code customer}: an update of the stored one when {@code version} is given, else a creation.
     *
     * @throws CustomerConflictException when updating a customer that changed since {@code version} or no longer
     *                                   exists, or when its CRM id or a domain belongs to another customer
     */
    public Outcome save(Customer customer, Optional<Long> version, Change change) {
        if (version.isPresent()) {
            return new Saved(customers.update(customer, version.get(), change), false);
        }
        if (customers.findStoredByKey(customer.key()).isPresent()) {
            return new KeyTaken(customer.key());
        }
        if (customer.crmId() != null) {
            Optional<StoredCustomer> owner = customers.findByCrmId(customer.crmId());
            if (owner.isPresent()) {
                return new CrmIdTaken(customer.crmId(), owner.get().customer().key());
            }
        }
        return new Saved(customers.upsert(customer, change), true);
    }
}
