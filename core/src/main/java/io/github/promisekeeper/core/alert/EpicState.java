package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A delivering epic as the last check saw it: its forecast completion and its due date, each if it had one. */
public record EpicState(IssueKey epic, Optional<LocalDate> forecast, Optional<LocalDate> due) {

    public EpicState {
        Objects.requireNonNull(epic, "epic");
        forecast = Objects.requireNonNullElse(forecast, Optional.empty());
        due = Objects.requireNonNullElse(due, Optional.empty());
    }
}
