package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.List;
import java.util.Objects;

/** The health of one delivering epic for one commitment, with every reason behind it and the forecast used. */
public record EpicHealth(IssueKey epic, Health health, List<Reason> why, Forecast forecast) {

    public EpicHealth {
        Objects.requireNonNull(epic, "epic");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(forecast, "forecast");
        why = List.copyOf(why);
        if (why.isEmpty()) {
            throw new IllegalArgumentException("The health of epic " + epic + " needs a reason.");
        }
    }

    /** The reasons in English. */
    public List<String> reasons() {
        return why.stream().map(Reason::english).toList();
    }
}
