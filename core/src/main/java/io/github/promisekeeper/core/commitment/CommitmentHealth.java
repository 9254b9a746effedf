package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;

import java.util.List;
import java.util.Objects;

/** A commitment with its health, the health of its worst epic, and the reasons for it (keys and arguments). */
public record CommitmentHealth(Commitment commitment, Health health, List<Reason> why, List<EpicHealth> epics) {

    public CommitmentHealth {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(health, "health");
        why = List.copyOf(why);
        epics = List.copyOf(epics);
        if (why.isEmpty()) {
            throw new IllegalArgumentException("The health of " + commitment.key() + " needs a reason.");
        }
    }

    /** The reasons in English. */
    public List<String> reasons() {
        return why.stream().map(Reason::english).toList();
    }

    /** The same health with the commitment's money left out. */
    public CommitmentHealth withoutValue() {
        return new CommitmentHealth(commitment.withoutValue(), health, why, epics);
    }
}
