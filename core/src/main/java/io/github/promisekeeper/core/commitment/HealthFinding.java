package io.github.promisekeeper.core.commitment;

import java.util.Objects;

/** One policy's verdict on an epic of a commitment, with the reason a person can read. */
public record HealthFinding(Health health, String reason) {

    public HealthFinding {
        Objects.requireNonNull(health, "health");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A health finding needs a reason.");
        }
    }
}
