package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A promise to a customer (a Sales Commitment issue) with what was known when it was made: the value
 * and renewal date at stake then, so drift is visible later, and the epics that deliver it.
 *
 * <p>{@code deliveringEpics} holds only the delivering epics the viewer may open; {@code hiddenEpics} counts
 * the others, which are never named, so nothing about an issue the viewer could not open in Jira leaks.
 */
public record Commitment(
        IssueKey key,
        CustomerKey customer,
        String summary,
        LocalDate promisedDate,
        String promisedBy,
        Optional<Money> valueWhenPromised,
        Optional<LocalDate> renewalWhenPromised,
        List<IssueKey> deliveringEpics,
        int hiddenEpics) {

    public Commitment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(promisedDate, "promised date of " + key);
        summary = summary == null ? "" : summary;
        promisedBy = promisedBy == null ? "" : promisedBy;
        valueWhenPromised = valueWhenPromised == null ? Optional.empty() : valueWhenPromised;
        renewalWhenPromised = renewalWhenPromised == null ? Optional.empty() : renewalWhenPromised;
        deliveringEpics = List.copyOf(deliveringEpics == null ? List.of() : deliveringEpics);
        if (hiddenEpics < 0) {
            throw new IllegalArgumentException(
                    "The number of hidden epics of " + key + " cannot be negative: " + hiddenEpics);
        }
    }

    /** A commitment all of whose delivering epics the viewer may open. */
    public Commitment(
            IssueKey key,
            CustomerKey customer,
            String summary,
            LocalDate promisedDate,
            String promisedBy,
            Optional<Money> valueWhenPromised,
            Optional<LocalDate> renewalWhenPromised,
            List<IssueKey> deliveringEpics) {
        this(
                key,
                customer,
                summary,
                promisedDate,
                promisedBy,
                valueWhenPromised,
                renewalWhenPromised,
                deliveringEpics,
                0);
    }

    /** The same commitment with its money left out, for viewers who may not see contract values. */
    public Commitment withoutValue() {
        return new Commitment(
                key,
                customer,
                summary,
                promisedDate,
                promisedBy,
                Optional.empty(),
                renewalWhenPromised,
                deliveringEpics,
                hiddenEpics);
    }
}
