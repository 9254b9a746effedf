package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What makes an alert unique: one transition of one commitment or customer. The store keeps it under a unique
 * index, so a check run twice, or by two nodes at once, stores each alert once. It names the kind, the subject,
 * an optional detail (an epic, a contract) and the version of the subject's recorded state the transition
 * starts from: the same transition always gives the same key, a later one (after a recovery) a new key.
 */
public record DedupeKey(String value) {

    /** Longest key; also the longest string Active Objects indexes. */
    public static final int MAX_LENGTH = 450;

    private static final Pattern SHAPE = Pattern.compile("[A-Z_]+:[A-Za-z0-9_\\-]+(:[^\\s]+)?@[0-9]+");

    public DedupeKey {
        Objects.requireNonNull(value, "dedupe key");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a dedupe key such as HEALTH_WORSENED:SC-1@3.");
        }
    }

    /** The key of {@code kind} for a commitment's transition from state version {@code fromVersion}. */
    public static DedupeKey of(AlertKind kind, IssueKey commitment, String detail, long fromVersion) {
        return of(kind, commitment.toString(), detail, fromVersion);
    }

    /** The key of {@code kind} for a customer's transition from state version {@code fromVersion}. */
    public static DedupeKey of(AlertKind kind, CustomerKey customer, String detail, long fromVersion) {
        return of(kind, customer.value(), detail, fromVersion);
    }

    private static DedupeKey of(AlertKind kind, String subject, String detail, long fromVersion) {
        if (fromVersion < 0) {
            throw new IllegalArgumentException("A state version is 0 or more, not " + fromVersion + ".");
        }
        String withDetail = detail == null || detail.isEmpty() ? "" : ":" + detail;
        return new DedupeKey(kind.name() + ":" + subject + withDetail + "@" + fromVersion);
    }

    @Override
    public String toString() {
        return value;
    }
}
