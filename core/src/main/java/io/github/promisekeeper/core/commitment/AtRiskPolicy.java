package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;

import java.time.LocalDate;
import java.util.Optional;

/** An open epic is at risk when its forecast or its due date falls after the promised date. */
public final class AtRiskPolicy implements EpicHealthPolicy {

    @Override
    public Optional<HealthFinding> assess(EpicFacts facts) {
        if (facts.epic().isDone() || facts.today().isAfter(facts.commitment().promisedDate())) {
            return Optional.empty();
        }
        LocalDate promised = facts.commitment().promisedDate();
        Optional<LocalDate> lateForecast = facts.forecast().completion().filter(date -> date.isAfter(promised));
        Optional<LocalDate> lateDue = facts.epic().dueDate().filter(date -> date.isAfter(promised));
        Reason label = facts.epic().labelReason();
        Reason why;
        if (lateForecast.isPresent() && lateDue.isPresent()) {
            why = Reason.of(ReasonKey.AT_RISK_FORECAST_AND_DUE, label, lateForecast.get(), lateDue.get(), promised);
        } else if (lateForecast.isPresent()) {
            why = Reason.of(ReasonKey.AT_RISK_FORECAST, label, lateForecast.get(), promised);
        } else if (lateDue.isPresent()) {
            why = Reason.of(ReasonKey.AT_RISK_DUE, label, lateDue.get(), promised);
        } else {
            return Optional.empty();
        }
        return Optional.of(new HealthFinding(Health.AT_RISK, why));
    }
}
