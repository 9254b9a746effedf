package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;

import java.util.Objects;

/**
 * One policy's verdict on an epic of a commitment, with its reason as key and arguments. Two findings are equal
 * when health and English reason text are, so a finding written as text equals the one a policy makes.
 */
public final class HealthFinding {

    private final Health health;
    private final Reason why;

    public HealthFinding(Health health, Reason why) {
        this.health = Objects.requireNonNull(health, "health");
        this.why = Objects.requireNonNull(why, "A health finding needs a reason.");
    }

    /** A finding whose reason is text without a key, the same in every language. */
    public HealthFinding(Health health, String reason) {
        this(health, Reason.text(reason));
    }

    public Health health() {
        return health;
    }

    public Reason why() {
        return why;
    }

    /** The reason in English. */
    public String reason() {
        return why.english();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HealthFinding that && health == that.health && reason().equals(that.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(health, reason());
    }

    @Override
    public String toString() {
        return "HealthFinding[health=" + health + ", reason=" + reason() + "]";
    }
}
