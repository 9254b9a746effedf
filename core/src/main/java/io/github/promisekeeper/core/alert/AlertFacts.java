package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts an alert keeps from the moment it was raised, so that its reason reads the same later: names, the
 * health or date before and after the change, the dates at stake, and the epic, contract, risk or count it names.
 * Each kind fills the fields it needs (see {@link Alert#why()}); the others stay empty.
 *
 * @param customerName the customer's name when raised
 * @param commitmentSummary the commitment's summary when raised; empty for alerts about a customer
 * @param epic the delivering epic the alert names (forecast or due date moved, unlinked)
 * @param healthBefore the commitment's health at the previous check
 * @param healthAfter the commitment's health now
 * @param before the date that moved, as it was (absent: there was none, e.g. no forecast)
 * @param after the date that moved, as it is now (absent: there is none any more)
 * @param promisedDate the commitment's promised date now
 * @param renewal the customer's next renewal now
 * @param noticeDeadline the customer's notice deadline now
 * @param contract the contract the alert names (cancelled)
 * @param risk the customer's risk on the radar now
 * @param count how many open commitments of the customer are not on track (notice deadline near)
 */
public record AlertFacts(
        String customerName,
        String commitmentSummary,
        Optional<IssueKey> epic,
        Optional<Health> healthBefore,
        Optional<Health> healthAfter,
        Optional<LocalDate> before,
        Optional<LocalDate> after,
        Optional<LocalDate> promisedDate,
        Optional<LocalDate> renewal,
        Optional<LocalDate> noticeDeadline,
        Optional<String> contract,
        Optional<RiskLevel> risk,
        int count) {

    public AlertFacts {
        customerName = Objects.requireNonNullElse(customerName, "");
        commitmentSummary = Objects.requireNonNullElse(commitmentSummary, "");
        epic = Objects.requireNonNullElse(epic, Optional.empty());
        healthBefore = Objects.requireNonNullElse(healthBefore, Optional.empty());
        healthAfter = Objects.requireNonNullElse(healthAfter, Optional.empty());
        before = Objects.requireNonNullElse(before, Optional.empty());
        after = Objects.requireNonNullElse(after, Optional.empty());
        promisedDate = Objects.requireNonNullElse(promisedDate, Optional.empty());
        renewal = Objects.requireNonNullElse(renewal, Optional.empty());
        noticeDeadline = Objects.requireNonNullElse(noticeDeadline, Optional.empty());
        contract = Objects.requireNonNullElse(contract, Optional.empty());
        risk = Objects.requireNonNullElse(risk, Optional.empty());
        if (count < 0) {
            throw new IllegalArgumentException("An alert counts 0 or more commitments, not " + count + ".");
        }
    }

    /** Facts naming only the customer; add the rest with the {@code with…} methods. */
    public static AlertFacts about(String customerName) {
        return new AlertFacts(
                customerName,
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    /** The same facts naming a commitment by its summary and promised date. */
    public AlertFacts withCommitment(String summary, LocalDate promised) {
        return new AlertFacts(
                customerName,
                summary,
                epic,
                healthBefore,
                healthAfter,
                before,
                after,
                Optional.of(promised),
                renewal,
                noticeDeadline,
                contract,
                risk,
                count);
    }

    /** The same facts with the health before and after. */
    public AlertFacts withHealth(Health was, Health is) {
        return new AlertFacts(
                customerName,
                commitmentSummary,
                epic,
                Optional.of(was),
                Optional.of(is),
                before,
                after,
                promisedDate,
                renewal,
                noticeDeadline,
                contract,
                risk,
                count);
    }

    /** The same facts with the date that moved, before and after (either may be absent). */
    public AlertFacts withMove(Optional<LocalDate> was, Optional<LocalDate> is) {
        return new AlertFacts(
                customerName,
                commitmentSummary,
                epic,
                healthBefore,
                healthAfter,
                was,
                is,
                promisedDate,
                renewal,
                noticeDeadline,
                contract,
                risk,
                count);
    }

    /** The same facts with the customer's next renewal and notice deadline (either may be absent). */
    public AlertFacts withRenewal(Optional<LocalDate> renewsOn, Optional<LocalDate> noticeBy) {
        return new AlertFacts(
                customerName,
                commitmentSummary,
                epic,
                healthBefore,
                healthAfter,
                before,
                after,
                promisedDate,
                renewsOn,
                noticeBy,
                contract,
                risk,
                count);
    }

    /** The same facts naming a delivering epic. */
    public AlertFacts withEpic(IssueKey named) {
        return new AlertFacts(
                customerName,
                commitmentSummary,
                Optional.of(named),
                healthBefore,
                healthAfter,
                before,
                after,
                promisedDate,
                renewal,
                noticeDeadline,
                contract,
                risk,
                count);
    }

    /** The same facts naming a contract. */
    public AlertFacts withContract(String id) {
        return new AlertFacts(
                customerName,
                commitmentSummary,
                epic,
                healthBefore,
                healthAfter,
                before,
                after,
                promisedDate,
                renewal,
                noticeDeadline,
                Optional.of(id),
                risk,
                count);
    }

    /** The same facts with the customer's risk on the radar. */
    public AlertFacts withRisk(RiskLevel level) {
        return new AlertFacts(
                customerName,
                commitmentSummary,
                epic,
                healthBefore,
                healthAfter,
                before,
                after,
                promisedDate,
                renewal,
                noticeDeadline,
                contract,
                Optional.of(level),
                count);
    }

    /** The same facts counting {@code commitments} (open commitments not on track). */
    public AlertFacts withCount(int commitments) {
        return new AlertFacts(
                customerName,
                commitmentSummary,
                epic,
                healthBefore,
                healthAfter,
                before,
                after,
                promisedDate,
                renewal,
                noticeDeadline,
                contract,
                risk,
                commitments);
    }
}
