package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** When an epic is expected to be done, or why no date can be given; the explanation is always there. */
public record Forecast(Optional<LocalDate> completion, Reason why) {

    public Forecast {
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(why, "A forecast must explain itself.");
    }

    public static Forecast on(LocalDate completion, Reason why) {
        return new Forecast(Optional.of(completion), why);
    }

    public static Forecast none(Reason why) {
        return new Forecast(Optional.empty(), why);
    }

    /** A forecast explained by text that has no key, the same in every language. */
    public static Forecast on(LocalDate completion, String explanation) {
        return on(completion, Reason.text(explanation));
    }

    /** No forecast, explained by text that has no key. */
    public static Forecast none(String why) {
        return none(Reason.text(why));
    }

    /** The explanation in English. */
    public String explanation() {
        return why.english();
    }
}
