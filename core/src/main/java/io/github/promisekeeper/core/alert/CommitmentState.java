package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A commitment as the last check recorded it, to compare with at the next: its health, promised date and
 * delivering epics. {@code version} counts the changes recorded (1 for the first); the store writes version
 * {@code n} only over version {@code n - 1}, so two checks cannot both record the same change.
 */
public record CommitmentState(
        IssueKey commitment,
        CustomerKey customer,
        Health health,
        LocalDate promisedDate,
        List<EpicState> epics,
        LocalDate recordedOn,
        long version) {

    public CommitmentState {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(promisedDate, "promised date");
        epics = List.copyOf(epics);
        Objects.requireNonNull(recordedOn, "recorded on");
        if (version < 1) {
            throw new IllegalArgumentException("A recorded state has version 1 or more, not " + version + ".");
        }
    }

    /** The same facts recorded again on {@code day}, as the version after {@code previous} (0 when none). */
    public CommitmentState after(long previous, LocalDate day) {
        return new CommitmentState(commitment, customer, health, promisedDate, epics, day, previous + 1);
    }

    /** Whether {@code other} records the same health, promised date and epics (whenever and as whichever version). */
    public boolean sameFactsAs(CommitmentState other) {
        return commitment.equals(other.commitment)
                && customer.equals(other.customer)
                && health == other.health
                && promisedDate.equals(other.promisedDate)
                && epics.equals(other.epics);
    }
}
