package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A slip (or an outcome) of one commitment or customer, raised once per transition by the slip check: its kind,
 * whom it is about, the facts it keeps, the day it was raised, whether it still stands, and the key that makes it
 * unique. Its reason is made from the facts when read ({@link #why()}), as radar flags make theirs.
 */
public record Alert(
        AlertKind kind,
        CustomerKey customer,
        Optional<IssueKey> commitment,
        AlertFacts facts,
        LocalDate raisedOn,
        AlertState state,
        Optional<LocalDate> resolvedOn,
        DedupeKey dedupeKey) {

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customer, "customer");
        commitment = Objects.requireNonNullElse(commitment, Optional.empty());
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(raisedOn, "raised on");
        Objects.requireNonNull(state, "state");
        resolvedOn = Objects.requireNonNullElse(resolvedOn, Optional.empty());
        Objects.requireNonNull(dedupeKey, "dedupe key");
        if (kind.aboutCommitment() && commitment.isEmpty()) {
            throw new IllegalArgumentException("A " + kind + " alert names its commitment (" + dedupeKey + ").");
        }
        if ((state == AlertState.RESOLVED) != resolvedOn.isPresent()) {
            throw new IllegalArgumentException(
                    "A resolved alert, and only one, has a resolution day (" + dedupeKey + ").");
        }
        if (resolvedOn.isPresent() && resolvedOn.get().isBefore(raisedOn)) {
            throw new IllegalArgumentException("Alert " + dedupeKey + " cannot be resolved before it was raised.");
        }
    }

    /** A new alert about a commitment, raised {@code today}: open, or already resolved if its kind is settled. */
    public static Alert raise(
            AlertKind kind,
            CustomerKey customer,
            IssueKey commitment,
            AlertFacts facts,
            LocalDate today,
            DedupeKey dedupeKey) {
        return raised(kind, customer, Optional.of(commitment), facts, today, dedupeKey);
    }

    /** A new alert about a customer, raised {@code today}. */
    public static Alert raise(
            AlertKind kind, CustomerKey customer, AlertFacts facts, LocalDate today, DedupeKey dedupeKey) {
        return raised(kind, customer, Optional.empty(), facts, today, dedupeKey);
    }

    private static Alert raised(
            AlertKind kind,
            CustomerKey customer,
            Optional<IssueKey> commitment,
            AlertFacts facts,
            LocalDate today,
            DedupeKey dedupeKey) {
        boolean settled = kind.settledWhenRaised();
        return new Alert(
                kind,
                customer,
                commitment,
                facts,
                today,
                settled ? AlertState.RESOLVED : AlertState.OPEN,
                settled ? Optional.of(today) : Optional.empty(),
                dedupeKey);
    }

    /** The same alert resolved on {@code day}. */
    public Alert resolvedOn(LocalDate day) {
        return new Alert(kind, customer, commitment, facts, raisedOn, AlertState.RESOLVED, Optional.of(day), dedupeKey);
    }

    public boolean isOpen() {
        return state == AlertState.OPEN;
    }

    /** What happened, as a key and arguments for the viewer's language, made from the kept facts. */
    public Reason why() {
        String key = commitment.map(IssueKey::toString).orElse("");
        String summary = facts.commitmentSummary();
        String name = facts.customerName();
        return switch (kind) {
            case HEALTH_WORSENED ->
                Reason.of(
                        ReasonKey.ALERT_HEALTH_WORSENED,
                        key,
                        summary,
                        label(facts.healthBefore()),
                        label(facts.healthAfter()));
            case FORECAST_PAST_PROMISE -> epicMove(ReasonKey.ALERT_FORECAST_PAST_PROMISE, key, summary);
            case EPIC_DUE_PAST_PROMISE -> epicMove(ReasonKey.ALERT_DUE_PAST_PROMISE, key, summary);
            case FORECAST_PAST_NOTICE_DEADLINE -> epicPastNotice(ReasonKey.ALERT_FORECAST_PAST_NOTICE, key, summary);
            case EPIC_DUE_PAST_NOTICE_DEADLINE -> epicPastNotice(ReasonKey.ALERT_DUE_PAST_NOTICE, key, summary);
            case PROMISED_DATE_MOVED ->
                Reason.of(ReasonKey.ALERT_PROMISE_MOVED, key, summary, date(facts.before()), date(facts.after()));
            case EPIC_UNLINKED -> Reason.of(ReasonKey.ALERT_EPIC_UNLINKED, key, summary, epic());
            case RENEWAL_MOVED ->
                Reason.of(ReasonKey.ALERT_RENEWAL_MOVED, name, date(facts.before()), date(facts.after()));
            case NOTICE_DEADLINE_MOVED ->
                Reason.of(ReasonKey.ALERT_NOTICE_MOVED, name, date(facts.before()), date(facts.after()));
            case CONTRACT_CANCELLED ->
                Reason.of(
                        ReasonKey.ALERT_CONTRACT_CANCELLED,
                        name,
                        facts.contract().orElse(""));
            case ENTERED_RADAR_HIGH_RISK -> Reason.of(ReasonKey.ALERT_HIGH_RISK, name, date(facts.renewal()));
            case NOTICE_DEADLINE_NEAR ->
                Reason.of(
                        facts.count() == 1 ? ReasonKey.ALERT_NOTICE_NEAR_ONE : ReasonKey.ALERT_NOTICE_NEAR,
                        name,
                        date(facts.noticeDeadline()),
                        facts.count());
            case KEPT -> Reason.of(ReasonKey.ALERT_KEPT, key, summary, date(facts.promisedDate()));
            case DELIVERED_LATE -> Reason.of(ReasonKey.ALERT_DELIVERED_LATE, key, summary, date(facts.promisedDate()));
            case BREACHED -> Reason.of(ReasonKey.ALERT_BREACHED, key, summary, name, date(facts.renewal()));
        };
    }

    /** What happened, in English. */
    public String reason() {
        return why().english();
    }

    /** A health as people read it ("at risk"), in the viewer's language. */
    public static Reason label(Health health) {
        return Reason.of(
                switch (health) {
                    case DELIVERED -> ReasonKey.HEALTH_DELIVERED;
                    case ON_TRACK -> ReasonKey.HEALTH_ON_TRACK;
                    case DELIVERED_LATE -> ReasonKey.HEALTH_DELIVERED_LATE;
                    case NO_DELIVERY_PLAN -> ReasonKey.HEALTH_NO_DELIVERY_PLAN;
                    case AT_RISK -> ReasonKey.HEALTH_AT_RISK;
                    case OVERDUE -> ReasonKey.HEALTH_OVERDUE;
                    case BREACHES_RENEWAL -> ReasonKey.HEALTH_BREACHES_RENEWAL;
                });
    }

    private Reason epicMove(ReasonKey reason, String key, String summary) {
        return Reason.of(
                reason, key, summary, epic(), date(facts.before()), date(facts.after()), date(facts.promisedDate()));
    }

    private Reason epicPastNotice(ReasonKey reason, String key, String summary) {
        return Reason.of(
                reason,
                key,
                summary,
                epic(),
                date(facts.before()),
                date(facts.after()),
                facts.customerName(),
                date(facts.noticeDeadline()));
    }

    private String epic() {
        return facts.epic().map(IssueKey::toString).orElse("");
    }

    private static Reason label(Optional<Health> health) {
        return health.map(Alert::label).orElseGet(() -> Reason.of(ReasonKey.ALERT_NO_DATE));
    }

    private static Reason date(Optional<LocalDate> date) {
        return date.map(Reason::date).orElseGet(() -> Reason.of(ReasonKey.ALERT_NO_DATE));
    }
}
