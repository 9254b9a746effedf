package io.github.promisekeeper.core.importer;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.Objects;
import java.util.Set;

/** One valid import row: a customer's details and one of its contracts, from line {@code line}. */
public record CustomerRow(
        int line,
        CustomerKey key,
        String name,
        String crmId,
        Set<String> emailDomains,
        String tier,
        String owner,
        Contract contract) {

    public CustomerRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contract, "contract");
        emailDomains = Set.copyOf(emailDomains);
    }
}
