package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.ReasonKey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One contract of a customer: it starts, renews on a date, is worth an annual value and can only be
 * left by giving notice {@code noticeDays} before its renewal.
 */
public record Contract(
        String id,
        LocalDate start,
        LocalDate renewal,
        Money annualValue,
        int noticeDays,
        boolean autoRenew,
        ContractStatus status) {

    public static final int MAX_NOTICE_DAYS = 3650;

    public Contract {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException(ReasonKey.CONTRACT_ID_MISSING);
        }
        Objects.requireNonNull(renewal, "renewal date");
        Objects.requireNonNull(status, "status");
        if (start != null && start.isAfter(renewal)) {
            throw new InvalidValueException(
                    ReasonKey.CONTRACT_STARTS_AFTER_RENEWAL, id, start.toString(), renewal.toString());
        }
        if (noticeDays < 0 || noticeDays > MAX_NOTICE_DAYS) {
            throw new InvalidValueException(
                    ReasonKey.CONTRACT_NOTICE_OUT_OF_RANGE,
                    id,
                    Integer.toString(MAX_NOTICE_DAYS),
                    Integer.toString(noticeDays));
        }
    }

    public boolean isActive() {
        return status == ContractStatus.ACTIVE;
    }

    /** The last day on which the customer can still give notice before this renewal. */
    public LocalDate noticeDeadline() {
        return renewal.minusDays(noticeDays);
    }

    public Optional<Money> value() {
        return Optional.ofNullable(annualValue);
    }
}
