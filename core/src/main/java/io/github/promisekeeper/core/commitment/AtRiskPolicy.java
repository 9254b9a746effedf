package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.HumanDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An open epic is at risk when its forecast or its due date falls after the promised date. */
public final class AtRiskPolicy implements EpicHealthPolicy {

    @Override
    public Optional<HealthFinding> assess(EpicFacts facts) {
        if (facts.epic().isDone() || facts.today().isAfter(facts.commitment().promisedDate())) {
            return Optional.empty();
        }
        LocalDate promised = facts.commitment().promisedDate();
        List<String> late = new ArrayList<>();
        facts.forecast().completion().filter(date -> date.isAfter(promised))
                .ifPresent(date -> late.add("forecast " + HumanDates.format(date)));
        facts.epic().dueDate().filter(date -> date.isAfter(promised))
                .ifPresent(date -> late.add("due " + HumanDates.format(date)));
        if (late.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HealthFinding(Health.AT_RISK, facts.epic().label() + " " + String.join(" and ", late)
                + " after promise " + HumanDates.format(promised)));
    }
}
