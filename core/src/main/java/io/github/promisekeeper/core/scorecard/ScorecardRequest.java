package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.ticket.Scope;

import java.util.Objects;

/** What a scorecard is asked for: the period, the scope of delivering epics, and whether the viewer may see money. */
public record ScorecardRequest(ScorecardPeriod period, Scope scope, boolean maySeeMoney) {

    public ScorecardRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
    }
}
