package io.github.promisekeeper.jira.customer.autofill;

import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which customer a reporter's email address belongs to: the customers owning its domain or a parent
 * domain ({@code eu.acme.com}, then {@code acme.com}). Exactly one match is an answer; none or several
 * (say {@code eu.acme.com} registered to one customer and {@code acme.com} to another) is not.
 */
final class ReporterCustomer {

    /** The outcome of matching one address. */
    record Match(Optional<CustomerKey> customer, Set<CustomerKey> candidates) {
        boolean isAmbiguous() {
            return candidates.size() > 1;
        }
    }

    private ReporterCustomer() {}

    static Match of(String emailAddress, Customers customers) {
        if (emailAddress == null || emailAddress.lastIndexOf('@') < 0) {
            return new Match(Optional.empty(), Set.of());
        }
        String domain = emailAddress
                .substring(emailAddress.lastIndexOf('@') + 1)
                .strip()
                .toLowerCase(Locale.ROOT);
        Set<CustomerKey> candidates = new LinkedHashSet<>();
        while (domain.contains(".")) {
            customers.findByDomain(domain).map(Customer::key).ifPresent(candidates::add);
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return new Match(
                candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty(),
                Set.copyOf(candidates));
    }
}
