package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.HumanDates;

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
        String when = facts.epic().label() + " done " + HumanDates.format(doneOn);
        return Optional.of(doneOn.isAfter(promised)
                ? new HealthFinding(Health.DELIVERED_LATE, when + ", after promise " + HumanDates.format(promised))
                : new HealthFinding(Health.DELIVERED, when + ", promise " + HumanDates.format(promised)));
    }
}
