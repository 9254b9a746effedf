package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.RiskLevel;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A customer as the last check recorded it: its next renewal and notice deadline, the status of each contract
 * (by id), its risk when it was inside the radar window (absent outside), and whether its notice deadline was
 * near with open commitments not on track. Versioned as {@link CommitmentState} is.
 */
public record CustomerState(
        CustomerKey customer,
        Optional<LocalDate> renewal,
        Optional<LocalDate> noticeDeadline,
        Map<String, ContractStatus> contracts,
        Optional<RiskLevel> radarRisk,
        boolean noticeNear,
        LocalDate recordedOn,
        long version) {

    public CustomerState {
        Objects.requireNonNull(customer, "customer");
        renewal = Objects.requireNonNullElse(renewal, Optional.empty());
        noticeDeadline = Objects.requireNonNullElse(noticeDeadline, Optional.empty());
        contracts = Map.copyOf(new TreeMap<>(contracts));
        radarRisk = Objects.requireNonNullElse(radarRisk, Optional.empty());
        Objects.requireNonNull(recordedOn, "recorded on");
        if (version < 1) {
            throw new IllegalArgumentException("A recorded state has version 1 or more, not " + version + ".");
        }
    }

    /** The same facts recorded again on {@code day}, as the version after {@code previous} (0 when none). */
    public CustomerState after(long previous, LocalDate day) {
        return new CustomerState(
                customer, renewal, noticeDeadline, contracts, radarRisk, noticeNear, day, previous + 1);
    }

    /** Whether {@code other} records the same facts (whenever and as whichever version). */
    public boolean sameFactsAs(CustomerState other) {
        return customer.equals(other.customer)
                && renewal.equals(other.renewal)
                && noticeDeadline.equals(other.noticeDeadline)
                && contracts.equals(other.contracts)
                && radarRisk.equals(other.radarRisk)
                && noticeNear == other.noticeNear;
    }
}
