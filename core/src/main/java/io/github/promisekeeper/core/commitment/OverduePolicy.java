package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.HumanDates;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** An open epic is overdue once the promised date has passed. */
public final class OverduePolicy implements EpicHealthPolicy {

    @Override
    public Optional<HealthFinding> assess(EpicFacts facts) {
        if (facts.epic().isDone() || !facts.today().isAfter(facts.commitment().promisedDate())) {
            return Optional.empty();
        }
        long daysLate = ChronoUnit.DAYS.between(facts.commitment().promisedDate(), facts.today());
        return Optional.of(new HealthFinding(Health.OVERDUE, facts.epic().label() + " still open, promised "
                + HumanDates.format(facts.commitment().promisedDate()) + " (" + HumanDates.relative(-daysLate) + ")"));
    }
}
