package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.ExplainedException;
import io.github.promisekeeper.core.ReasonKey;

import java.util.Objects;

/**
 * A write that was refused because it would contradict what is stored: an edit made from an outdated
 * version, or a CRM id or email domain that already belongs to another customer. Nothing was written. Its
 * {@link #why()} says so in the reader's language; its message, in English.
 */
public final class CustomerConflictException extends ExplainedException {

    private static final long serialVersionUID = 1L;

    /** Why the write was refused. */
    public enum Reason {
        /** Someone else changed the customer after the editor read it. */
        STALE_VERSION,
        /** The customer to edit no longer exists. */
        NOT_FOUND,
        /** The CRM id already belongs to another customer. */
        CRM_ID_TAKEN,
        /** An email domain already belongs to another customer. */
        DOMAIN_TAKEN
    }

    private final Reason reason;
    private final CustomerKey customerKey;

    /** A conflict whose message is written once, the same in every language. */
    public CustomerConflictException(Reason reason, CustomerKey customerKey, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.customerKey = Objects.requireNonNull(customerKey, "customer key");
    }

    /** A conflict that says why under {@code text}, with its arguments, in the reader's language. */
    public CustomerConflictException(Reason reason, CustomerKey customerKey, ReasonKey text, Object... arguments) {
        super(text, arguments);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.customerKey = Objects.requireNonNull(customerKey, "customer key");
    }

    public Reason reason() {
        return reason;
    }

    public CustomerKey customerKey() {
        return customerKey;
    }
}
