package io.github.promisekeeper.core.commitment;

import java.util.List;
import java.util.Objects;

/** A commitment with its health, the health of its worst epic, and the reasons for it. */
public record CommitmentHealth(Commitment commitment, Health health, List<String> reasons, List<EpicHealth> epics) {

    public CommitmentHealth {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(health, "health");
        reasons = List.copyOf(reasons);
        epics = List.copyOf(epics);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("The health of " + commitment.key() + " needs a reason.");
        }
    }

    /** The same health with the commitment's money left out. */
    public CommitmentHealth withoutValue() {
        return new CommitmentHealth(commitment.withoutValue(), health, reasons, epics);
    }
}
