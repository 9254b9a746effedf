package io.github.promisekeeper.core.customer;

import java.util.Objects;

/**
 * A customer as it is stored, with the version an edit must carry: an edit made from an older version
 * is refused instead of silently overwriting someone else's change.
 */
public record StoredCustomer(Customer customer, long version) {

    public StoredCustomer {
        Objects.requireNonNull(customer, "customer");
        if (version < 0) {
            throw new IllegalArgumentException("A stored version is never negative, not " + version + ".");
        }
    }

    public CustomerKey key() {
        return customer.key();
    }
}
