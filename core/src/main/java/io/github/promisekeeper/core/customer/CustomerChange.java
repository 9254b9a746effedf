package io.github.promisekeeper.core.customer;

import java.util.Objects;

/** One entry of a customer's history: what changed, and who changed it when and through what. */
public record CustomerChange(CustomerKey customerKey, Change change, String description) {

    public CustomerChange {
        Objects.requireNonNull(customerKey, "customer key");
        Objects.requireNonNull(change, "change");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A history entry says what changed.");
        }
    }
}
