package io.github.promisekeeper.core.customer;

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
            throw new IllegalArgumentException("A contract needs an id.");
        }
        Objects.requireNonNull(renewal, "renewal date");
        Objects.requireNonNull(status, "status");
        if (start != null && start.isAfter(renewal)) {
            throw new IllegalArgumentException(
                    "Contract " + id + " starts on " + start + ", after its renewal date " + renewal + ".");
        }
        if (noticeDays < 0 || noticeDays > MAX_NOTICE_DAYS) {
            throw new IllegalArgumentException("Notice period of contract " + id + " must be 0 to " + MAX_NOTICE_DAYS
                    + " days, not " + noticeDays + ".");
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
