package io.github.promisekeeper.core.commitment;

import java.util.Optional;

/** One named rule about a delivering epic; it finds something, with its reason, or stays silent. */
@FunctionalInterface
public interface EpicHealthPolicy {

    Optional<HealthFinding> assess(EpicFacts facts);
}
