package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.Objects;

/** One customer's broken promises in the period: delivered late and breached, out of all promised to it. */
public record CustomerRecord(CustomerKey customer, String name, int promised, int late, int breached) {

    public CustomerRecord {
        Objects.requireNonNull(customer, "customer");
        name = name == null || name.isBlank() ? customer.value() : name;
        if (late < 0 || breached < 0 || late + breached > promised) {
            throw new IllegalArgumentException(
                    customer + ": " + late + " late and " + breached + " breached of " + promised + " promised.");
        }
    }

    public int broken() {
        return late + breached;
    }
}
