package io.github.promisekeeper.core.renewal;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's next renewal seen from {@code today}: the active contract that renews first, its notice
 * deadline, and what can still happen to it. A renewal in the past stays here, as {@link RenewalState#LAPSED}.
 */
public record NextRenewal(CustomerKey customerKey, Contract contract, LocalDate today) {

    public NextRenewal {
        Objects.requireNonNull(customerKey, "customer key");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(today, "today");
        if (!contract.isActive()) {
            throw new IllegalArgumentException(
                    "Contract " + contract.id() + " is " + contract.status() + ", not active: it does not renew.");
        }
    }

    /** The customer's next renewal, or empty when it has no active contract. */
    public static Optional<NextRenewal> of(Customer customer, LocalDate today) {
        return customer.nextRenewingContract().map(contract -> new NextRenewal(customer.key(), contract, today));
    }

    public LocalDate renewal() {
        return contract.renewal();
    }

    public LocalDate noticeDeadline() {
        return contract.noticeDeadline();
    }

    public boolean autoRenews() {
        return contract.autoRenew();
    }

    /** Days from today to the renewal; negative once it has lapsed. */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, renewal());
    }

    /** Days from today to the notice deadline; negative once it has passed. */
    public long daysToNoticeDeadline() {
        return ChronoUnit.DAYS.between(today, noticeDeadline());
    }

    /**
     * The last day on which the outcome of this renewal can still be changed: the notice deadline of an
     * auto-renewing contract, the renewal date of one that needs an active decision.
     */
    public LocalDate decisionDeadline() {
        return autoRenews() ? noticeDeadline() : renewal();
    }

    public RenewalState state() {
        if (today.isAfter(renewal())) {
            return RenewalState.LAPSED;
        }
        if (!autoRenews()) {
            return RenewalState.NEEDS_DECISION;
        }
        return today.isAfter(noticeDeadline()) ? RenewalState.LOCKED_IN : RenewalState.NOTICE_OPEN;
    }

    /** Whether this renewal belongs on a radar for {@code window}; lapsed renewals always do. */
    public boolean fallsIn(RenewalWindow window, WindowBasis basis) {
        if (state() == RenewalState.LAPSED) {
            return true;
        }
        return switch (basis) {
            case RENEWAL_DATE -> window.contains(renewal());
            case NOTICE_DEADLINE ->
                !noticeDeadline().isAfter(window.lastDay()) && !renewal().isBefore(window.today());
        };
    }
}
