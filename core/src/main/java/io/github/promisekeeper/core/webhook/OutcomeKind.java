package io.github.promisekeeper.core.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What happened to a promise or a customer that a webhook endpoint can subscribe to, with its name on the wire. */
public enum OutcomeKind {
    /** The commitment was delivered on or before its promised date. */
    COMMITMENT_KEPT("commitment.kept"),
    /** The commitment was delivered after its promised date. */
    COMMITMENT_LATE("commitment.late"),
    /** The customer's renewal passed with the promise still open. */
    COMMITMENT_BREACHED("commitment.breached"),
    /** The commitment's health changed (for instance on track → at risk). */
    HEALTH_CHANGED("commitment.health_changed"),
    /** The customer's renewal risk entered HIGH. */
    RENEWAL_AT_RISK("customer.renewal_at_risk");

    private final String wireName;

    OutcomeKind(String wireName) {
        this.wireName = wireName;
    }

    /** The event's name in payloads, headers and the REST API, such as {@code commitment.kept}. */
    public String wireName() {
        return wireName;
    }

    /** The kind named {@code wireName} (case-insensitive), if there is one. */
    public static Optional<OutcomeKind> ofWireName(String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        String wanted = wireName.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.wireName.equals(wanted))
                .findFirst();
    }
}
