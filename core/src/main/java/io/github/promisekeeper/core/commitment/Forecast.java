package io.github.promisekeeper.core.commitment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** When an epic is expected to be done, or why no date can be given; the explanation is always there. */
public record Forecast(Optional<LocalDate> completion, String explanation) {

    public Forecast {
        Objects.requireNonNull(completion, "completion");
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("A forecast must explain itself.");
        }
    }

    public static Forecast on(LocalDate completion, String explanation) {
        return new Forecast(Optional.of(completion), explanation);
    }

    public static Forecast none(String why) {
        return new Forecast(Optional.empty(), why);
    }
}
