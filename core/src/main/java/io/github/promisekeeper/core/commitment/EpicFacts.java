package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.renewal.NextRenewal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a health policy may look at: the commitment, one delivering epic, its forecast, today and the customer's next renewal. */
public record EpicFacts(
        Commitment commitment, EpicDelivery epic, Forecast forecast, LocalDate today, Optional<NextRenewal> renewal) {

    public EpicFacts {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(epic, "epic");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(renewal, "renewal");
    }
}
