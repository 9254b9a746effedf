package io.github.promisekeeper.core.ticket;

import java.util.Locale;

/** How urgent a ticket is, most urgent first; Jira's priority names map onto these. */
public enum TicketPriority {
    BLOCKER,
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    /** No priority, or a custom one that maps to none of the above. */
    OTHER;

    /**
     * The priority for a Jira priority name, for both the classic (Blocker … Trivial) and the current
     * (Highest … Lowest) schemes. Highest counts as blocker: it is the top of its scheme.
     */
    public static TicketPriority fromJiraName(String name) {
        if (name == null) {
            return OTHER;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "blocker", "highest" -> BLOCKER;
            case "critical" -> CRITICAL;
            case "high", "major" -> HIGH;
            case "medium" -> MEDIUM;
            case "low", "lowest", "minor", "trivial" -> LOW;
            default -> OTHER;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
