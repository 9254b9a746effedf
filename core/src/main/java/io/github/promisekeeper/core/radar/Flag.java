package io.github.promisekeeper.core.radar;

import java.util.Comparator;
import java.util.Objects;

/** Something noteworthy about a customer's renewal, with its reason and the risk points it adds (0 or more). */
public record Flag(FlagKind kind, int points, String reason) {

    /** Most points first, then by kind and reason, so entries read the same on every request. */
    public static final Comparator<Flag> MOST_SERIOUS_FIRST = Comparator.comparingInt(Flag::points).reversed()
            .thenComparing(Flag::kind).thenComparing(Flag::reason);

    public Flag {
        Objects.requireNonNull(kind, "kind");
        if (points < 0) {
            throw new IllegalArgumentException("A flag adds risk points, it cannot remove them: " + points + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A " + kind + " flag needs a reason.");
        }
    }

    /** The same flag worth no points, for a renewal that is no longer at risk. */
    Flag withoutPoints() {
        return new Flag(kind, 0, reason);
    }
}
