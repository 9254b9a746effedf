package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored alerts to read: raised on or after {@code since}, about one customer or one commitment, in one
 * state, stored before the alert with id {@code before} (the next page of a read that stopped there), at most {@code
 * limit} of them, newest first. Each criterion left empty matches every alert.
 */
public record AlertQuery(
        Optional<LocalDate> since,
        Optional<CustomerKey> customer,
        Optional<IssueKey> commitment,
        Optional<AlertState> state,
        Optional<Long> before,
        int limit) {

    /** The most alerts one read returns. */
    public static final int MAX_LIMIT = 1000;

    public AlertQuery {
        since = Objects.requireNonNullElse(since, Optional.empty());
        customer = Objects.requireNonNullElse(customer, Optional.empty());
        commitment = Objects.requireNonNullElse(commitment, Optional.empty());
        state = Objects.requireNonNullElse(state, Optional.empty());
        before = Objects.requireNonNullElse(before, Optional.empty());
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Read 1 to " + MAX_LIMIT + " alerts, not " + limit + ".");
        }
    }

    /** Every alert, newest first, up to {@code limit}. */
    public static AlertQuery all(int limit) {
        return new AlertQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /** The same query for alerts raised on or after {@code day}. */
    public AlertQuery since(LocalDate day) {
        return new AlertQuery(Optional.of(day), customer, commitment, state, before, limit);
    }

    /** The same query for alerts about {@code key}. */
    public AlertQuery of(CustomerKey key) {
        return new AlertQuery(since, Optional.of(key), commitment, state, before, limit);
    }

    /** The same query for alerts about the commitment {@code key}. */
    public AlertQuery of(IssueKey key) {
        return new AlertQuery(since, customer, Optional.of(key), state, before, limit);
    }

    /** The same query for alerts in {@code wanted}. */
    public AlertQuery in(AlertState wanted) {
        return new AlertQuery(since, customer, commitment, Optional.of(wanted), before, limit);
    }

    /** The same query for alerts stored before the alert with id {@code id}: the page after the one that ended there. */
    public AlertQuery before(long id) {
        return new AlertQuery(since, customer, commitment, state, Optional.of(id), limit);
    }

    /** The same query for at most {@code most} alerts. */
    public AlertQuery limit(int most) {
        return new AlertQuery(since, customer, commitment, state, before, most);
    }
}
