package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a commitment was worth when it was promised: the customer's value and renewal date at that
 * moment, and the promised date, so later drift shows. Value and renewal are absent when unknown.
 */
public record CommitmentSnapshot(
        long issueId,
        CustomerKey customerKey,
        Money valueAtPromise,
        LocalDate renewalAtPromise,
        LocalDate promisedDate,
        Instant recordedAt) {

    public CommitmentSnapshot {
        if (issueId <= 0) {
            throw new IllegalArgumentException("Issue id must be positive, not " + issueId + ".");
        }
        Objects.requireNonNull(customerKey, "customer key");
        Objects.requireNonNull(promisedDate, "promised date");
        Objects.requireNonNull(recordedAt, "recorded at");
    }
}
