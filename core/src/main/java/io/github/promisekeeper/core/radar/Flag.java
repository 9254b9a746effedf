package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Something noteworthy about a customer's renewal, with its reason and the risk points it adds (0 or more).
 *
 * <p>A radar flags every customer it reads but shows only the first rows, so a flag made by {@link RiskScoring}
 * keeps the facts of its reason and makes the {@link Reason} (key and arguments) only when it is read, and writes
 * its text only when asked for it; two flags are equal when kind, points and English reason text are.
 */
public final class Flag {

    /**
     * Most points first, then by kind, then by the commitment a flag is about (flags of one kind about different
     * commitments), and only then by reason text, so entries read the same on every request without writing
     * every reason.
     */
    public static final Comparator<Flag> MOST_SERIOUS_FIRST = (a, b) -> {
        int byPoints = Integer.compare(b.points, a.points);
        if (byPoints != 0) {
            return byPoints;
        }
        int byKind = a.kind.compareTo(b.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byCommitment = a.commitment == null || b.commitment == null
                ? Boolean.compare(a.commitment != null, b.commitment != null)
                : a.commitment.compareTo(b.commitment);
        return byCommitment != 0 ? byCommitment : a.reason().compareTo(b.reason());
    };

    private final FlagKind kind;
    private final int points;
    private final IssueKey commitment;
    private final Supplier<Reason> reason;

    /** A flag with its reason written out, the same in every language. */
    public Flag(FlagKind kind, int points, String reason) {
        this(kind, points, null, checkedReason(kind, reason));
    }

    /** A flag whose reason is made from its facts when read; {@code commitment} is the one it is about, if any. */
    Flag(FlagKind kind, int points, IssueKey commitment, Supplier<Reason> reason) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (points < 0) {
            throw new IllegalArgumentException("A flag adds risk points, it cannot remove them: " + points + ".");
        }
        this.points = points;
        this.commitment = commitment;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static Supplier<Reason> checkedReason(FlagKind kind, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A " + kind + " flag needs a reason.");
        }
        Reason text = Reason.text(reason);
        return () -> text;
    }

    public FlagKind kind() {
        return kind;
    }

    public int points() {
        return points;
    }

    /** The commitment the flag is about, if any: a reader who may not open it must not read its reason. */
    public Optional<IssueKey> commitment() {
        return Optional.ofNullable(commitment);
    }

    /** Why the customer is flagged, in English ("notice deadline in 12 days (13 Feb 2027)"). */
    public String reason() {
        return why().english();
    }

    /** Why the customer is flagged, as a key and arguments for the viewer's language. */
    public Reason why() {
        return reason.get();
    }

    /** The same flag worth no points, for a renewal that is no longer at risk. */
    Flag withoutPoints() {
        return new Flag(kind, 0, commitment, reason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Flag that
                && kind == that.kind
                && points == that.points
                && reason().equals(that.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, points, reason());
    }

    @Override
    public String toString() {
        return "Flag[kind=" + kind + ", points=" + points + ", reason=" + reason() + "]";
    }
}
