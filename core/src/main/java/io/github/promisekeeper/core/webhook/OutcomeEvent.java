package io.github.promisekeeper.core.webhook;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One outcome to tell the CRM about: what happened ({@link OutcomeKind}), to which customer (its key and CRM id)
 * and commitment, when, with the dates, health and reasons that explain it, and the value at stake (money, sent
 * only to endpoints allowed to receive it). Immutable; a customer-level event ({@link OutcomeKind#RENEWAL_AT_RISK})
 * has no commitment key.
 *
 * @param kind what happened
 * @param occurredAt when the change that caused it was stored
 * @param customerKey the customer's key in Promise Keeper
 * @param crmId the customer's id in the CRM, when it has one
 * @param commitmentKey the Sales Commitment's issue key; empty for a customer-level event
 * @param promisedDate the date promised, when known
 * @param deliveredOn when the delivering work was done, for kept and late commitments
 * @param renewalDate the customer's next renewal, when known
 * @param health the health now
 * @param previousHealth the health before, for a health change
 * @param reasons why, in the order the rules gave them
 * @param value the value at stake (the customer's annual value or value at risk); money, so left out of payloads
 *     for endpoints that may not receive it
 */
public record OutcomeEvent(
        OutcomeKind kind,
        Instant occurredAt,
        String customerKey,
        Optional<String> crmId,
        Optional<String> commitmentKey,
        Optional<LocalDate> promisedDate,
        Optional<LocalDate> deliveredOn,
        Optional<LocalDate> renewalDate,
        Optional<Health> health,
        Optional<Health> previousHealth,
        List<Reason> reasons,
        Optional<Money> value) {

    public OutcomeEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(customerKey, "customerKey");
        if (customerKey.isBlank()) {
            throw new IllegalArgumentException("An outcome event needs the customer's key");
        }
        crmId = Objects.requireNonNull(crmId, "crmId").filter(id -> !id.isBlank());
        commitmentKey = Objects.requireNonNull(commitmentKey, "commitmentKey").filter(key -> !key.isBlank());
        Objects.requireNonNull(promisedDate, "promisedDate");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(renewalDate, "renewalDate");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(previousHealth, "previousHealth");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(value, "value");
        if (kind != OutcomeKind.RENEWAL_AT_RISK && commitmentKey.isEmpty()) {
            throw new IllegalArgumentException(kind.wireName() + " is about a commitment and needs its key");
        }
    }

    /**
     * What orders this event against others to the same endpoint: the commitment's key, or the customer's for a
     * customer-level event. A later event with the same ordering key waits until the earlier one is delivered.
     */
    public String orderingKey() {
        return commitmentKey.orElse("customer:" + customerKey);
    }

    /** A commitment-level event with only the required parts; add the rest with the {@code with…} methods. */
    public static OutcomeEvent forCommitment(
            OutcomeKind kind, Instant occurredAt, String customerKey, String commitmentKey) {
        return new OutcomeEvent(
                kind,
                occurredAt,
                customerKey,
                Optional.empty(),
                Optional.of(commitmentKey),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    /** A customer's renewal entering HIGH risk. */
    public static OutcomeEvent renewalAtRisk(Instant occurredAt, String customerKey) {
        return new OutcomeEvent(
                OutcomeKind.RENEWAL_AT_RISK,
                occurredAt,
                customerKey,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    public OutcomeEvent withCrmId(String id) {
        return new OutcomeEvent(
                kind,
                occurredAt,
                customerKey,
                Optional.ofNullable(id),
                commitmentKey,
                promisedDate,
                deliveredOn,
                renewalDate,
                health,
                previousHealth,
                reasons,
                value);
    }

    public OutcomeEvent withDates(LocalDate promised, LocalDate delivered, LocalDate renewal) {
        return new OutcomeEvent(
                kind,
                occurredAt,
                customerKey,
                crmId,
                commitmentKey,
                Optional.ofNullable(promised),
                Optional.ofNullable(delivered),
                Optional.ofNullable(renewal),
                health,
                previousHealth,
                reasons,
                value);
    }

    public OutcomeEvent withHealth(Health now, Health before) {
        return new OutcomeEvent(
                kind,
                occurredAt,
                customerKey,
                crmId,
                commitmentKey,
                promisedDate,
                deliveredOn,
                renewalDate,
                Optional.ofNullable(now),
                Optional.ofNullable(before),
                reasons,
                value);
    }

    public OutcomeEvent withReasons(List<Reason> why) {
        return new OutcomeEvent(
                kind,
                occurredAt,
                customerKey,
                crmId,
                commitmentKey,
                promisedDate,
                deliveredOn,
                renewalDate,
                health,
                previousHealth,
                why,
                value);
    }

    public OutcomeEvent withValue(Money money) {
        return new OutcomeEvent(
                kind,
                occurredAt,
                customerKey,
                crmId,
                commitmentKey,
                promisedDate,
                deliveredOn,
                renewalDate,
                health,
                previousHealth,
                reasons,
                Optional.ofNullable(money));
    }
}
