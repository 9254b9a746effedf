package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.RenewalState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer on the radar: its risk and score, its next renewal, its annual value (absent, not zero,
 * for viewers who may not see money), its open tickets, its commitments with health and every flag.
 */
public record RadarEntry(
        CustomerKey customer,
        String customerName,
        RiskLevel risk,
        int score,
        LocalDate renewal,
        LocalDate noticeDeadline,
        long daysLeft,
        RenewalState renewalState,
        Optional<MoneyTotal> annualValue,
        TicketOverview tickets,
        List<CommitmentHealth> commitments,
        List<Flag> flags) {

    public RadarEntry {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(noticeDeadline, "notice deadline");
        Objects.requireNonNull(renewalState, "renewal state");
        Objects.requireNonNull(annualValue, "annual value");
        Objects.requireNonNull(tickets, "tickets");
        commitments = List.copyOf(commitments);
        flags = List.copyOf(flags);
        if (score != RiskScoring.score(flags) || risk != RiskScoring.level(score)) {
            throw new IllegalArgumentException("Risk of " + customer + " must follow from its flags.");
        }
    }

    /** Days from today to the notice deadline; negative once it has passed. */
    public long daysToNoticeDeadline() {
        return daysLeft - ChronoUnit.DAYS.between(noticeDeadline, renewal);
    }
}
