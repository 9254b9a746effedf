package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.customer.MoneyTotal;

import java.util.Objects;

/**
 * The value at risk against the renewals of one quarter: the sum, in the reporting currency, of the value at stake
 * of each customer with a promise at risk against a renewal in that quarter (each customer once), and how many
 * customers that is (those without a known value count here but add nothing to the sum).
 */
public record QuarterValue(Quarter quarter, MoneyTotal value, int customers) {

    public QuarterValue {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(value, "value");
        if (customers < 0) {
            throw new IllegalArgumentException("Customers cannot be negative: " + customers);
        }
    }
}
