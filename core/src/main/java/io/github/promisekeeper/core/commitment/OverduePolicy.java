package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;

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
        return Optional.of(new HealthFinding(
                Health.OVERDUE,
                Reason.of(
                        ReasonKey.OVERDUE,
                        facts.epic().labelReason(),
                        facts.commitment().promisedDate(),
                        Reason.days(-daysLate))));
    }
}
