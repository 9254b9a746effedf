package io.github.promisekeeper.core.customer;

import java.util.Locale;
import java.util.Objects;

/**
 * What a customer search ({@link Customers#matching}) looks in and what it looks for, so that every
 * implementation of the port, and the stored {@code SEARCH_TEXT} column with the upgrade task that fills it,
 * match the same customers.
 */
public final class CustomerSearchText {

    private CustomerSearchText() {}

    /**
     * The text a search looks in: key, name and CRM id, one per line so a query never matches across two of
     * them, lower case. Stored as is in the database, so changing it means an upgrade task for stored rows.
     */
    public static String of(Customer customer) {
        return (customer.key().value() + "\n" + customer.name() + "\n"
                        + Objects.requireNonNullElse(customer.crmId(), ""))
                .toLowerCase(Locale.ROOT);
    }

    /** The text a search for {@code query} looks for: trimmed, lower case; empty (every customer) for none. */
    public static String normalizeQuery(String query) {
        return query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
    }
}
