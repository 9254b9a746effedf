package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.RadarEntry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What one check sees {@code today}: every open commitment with its health, customers and epics (from the one
 * health use case), and each customer inside the radar window with its risk (from the radar).
 */
public record SlipObservation(CommitmentHealthReport open, Map<CustomerKey, RadarEntry> radar, LocalDate today) {

    public SlipObservation {
        Objects.requireNonNull(open, "open commitments");
        radar = Map.copyOf(radar);
        Objects.requireNonNull(today, "today");
    }
}
