package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one promise: its health (from the commitment-health use case, not recomputed), its
 * {@link Outcome}, the day it was delivered, and the renewal and value it put at stake.
 *
 * @param deliveredOn    the day its last delivering epic was done, when its health is delivered (on time or late)
 * @param renewalAtStake the customer's renewal recorded when the promise was made, else the customer's next renewal
 * @param valueAtStake   the contract value recorded when the promise was made, else that of the customer's next
 *                       renewal; empty without money (or for viewers who may not see it)
 */
public record PromiseOutcome(
        CommitmentHealth health,
        Outcome outcome,
        Optional<LocalDate> deliveredOn,
        Optional<LocalDate> renewalAtStake,
        Optional<Money> valueAtStake) {

    public PromiseOutcome {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(renewalAtStake, "renewalAtStake");
        Objects.requireNonNull(valueAtStake, "valueAtStake");
    }

    /**
     * The outcome of {@code health} on {@code today}, in this order:
     * <ol>
     *     <li>{@link Outcome#KEPT_ON_TIME} when its health is {@link Health#DELIVERED}: every delivering epic the
     *     viewer may open was done on or before the promised date;</li>
     *     <li>{@link Outcome#BREACHED} when the renewal at stake passed while it was open: it is still open
     *     (any other health) and today is after that renewal, or it was delivered (late) after that renewal;</li>
     *     <li>{@link Outcome#DELIVERED_LATE} when its health is {@link Health#DELIVERED_LATE};</li>
     *     <li>{@link Outcome#OPEN} otherwise.</li>
     * </ol>
     * The delivery day is the latest day one of its delivering epics was done ({@code epics} as the health check
     * read them); the renewal at stake is the one recorded when the promise was made, else {@code customer}'s next.
     */
    public static PromiseOutcome judge(
            CommitmentHealth health, Map<IssueKey, EpicDelivery> epics, Optional<Customer> customer, LocalDate today) {
        Commitment commitment = health.commitment();
        Optional<NextRenewal> next = customer.flatMap(c -> NextRenewal.of(c, today));
        Optional<LocalDate> renewal = commitment.renewalWhenPromised().or(() -> next.map(NextRenewal::renewal));
        Optional<Money> value = commitment
                .valueWhenPromised()
                .or(() -> next.flatMap(n -> n.contract().value()));
        Optional<LocalDate> deliveredOn = health.health().isOpen()
                ? Optional.empty()
                : commitment.deliveringEpics().stream()
                        .map(epics::get)
                        .filter(Objects::nonNull)
                        .flatMap(epic -> epic.doneOn().stream())
                        .max(LocalDate::compareTo);
        Outcome outcome;
        if (health.health() == Health.DELIVERED) {
            outcome = Outcome.KEPT_ON_TIME;
        } else if (renewal.isPresent() && passedWhileOpen(health.health(), deliveredOn, renewal.get(), today)) {
            outcome = Outcome.BREACHED;
        } else if (health.health() == Health.DELIVERED_LATE) {
            outcome = Outcome.DELIVERED_LATE;
        } else {
            outcome = Outcome.OPEN;
        }
        return new PromiseOutcome(health, outcome, deliveredOn, renewal, value);
    }

    private static boolean passedWhileOpen(
            Health health, Optional<LocalDate> deliveredOn, LocalDate renewal, LocalDate today) {
        if (health.isOpen()) {
            return today.isAfter(renewal);
        }
        return deliveredOn.filter(day -> day.isAfter(renewal)).isPresent();
    }

    /** The same outcome with the money left out, for viewers who may not see contract values. */
    public PromiseOutcome withoutValue() {
        return new PromiseOutcome(health.withoutValue(), outcome, deliveredOn, renewalAtStake, Optional.empty());
    }

    public Commitment commitment() {
        return health.commitment();
    }

    /** Days from the promised date to the delivery, for a promise delivered late (or breached, then delivered). */
    public Optional<Long> slipDays() {
        return deliveredOn
                .filter(day -> day.isAfter(commitment().promisedDate()))
                .map(day -> ChronoUnit.DAYS.between(commitment().promisedDate(), day));
    }

    /** Broken: delivered late or breached. */
    public boolean isBroken() {
        return outcome == Outcome.DELIVERED_LATE || outcome == Outcome.BREACHED;
    }

    /**
     * Whether the value at stake counts as at risk: the promise breached its renewal, or is still open and not on
     * track (at risk, overdue, breaching renewal or without a delivery plan).
     */
    public boolean putsValueAtRisk() {
        return outcome == Outcome.BREACHED || (outcome == Outcome.OPEN && health.health() != Health.ON_TRACK);
    }
}
