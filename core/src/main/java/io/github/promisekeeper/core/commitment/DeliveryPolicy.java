package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;

import java.time.LocalDate;
import java.util.Optional;

/** A done epic delivered its part: on time when done on or before the promised date, late otherwise. */
public final class DeliveryPolicy implements EpicHealthPolicy {

    @Override
    public Optional<HealthFinding> assess(EpicFacts facts) {
        if (!facts.epic().isDone()) {
            return Optional.empty();
        }
        LocalDate doneOn = facts.epic().doneOn().orElseThrow();
        LocalDate promised = facts.commitment().promisedDate();
        Reason label = facts.epic().labelReason();
        return Optional.of(
                doneOn.isAfter(promised)
                        ? new HealthFinding(
                                Health.DELIVERED_LATE, Reason.of(ReasonKey.DELIVERED_LATE, label, doneOn, promised))
                        : new HealthFinding(Health.DELIVERED, Reason.of(ReasonKey.DELIVERED, label, doneOn, promised)));
    }
}
