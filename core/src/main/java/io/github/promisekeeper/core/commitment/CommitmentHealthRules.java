package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.HumanDates;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a commitment's health. Without a visible delivering epic it has no delivery plan; otherwise each
 * epic gets the worst finding of the policies (delivery, renewal breach, overdue, at risk), or is on
 * track when none finds anything, and the commitment takes the worst epic's health and its reasons.
 */
public final class CommitmentHealthRules {

    private final ThroughputForecast forecasting;
    private final List<EpicHealthPolicy> policies;

    public CommitmentHealthRules(ThroughputForecast forecasting, List<EpicHealthPolicy> policies) {
        this.forecasting = Objects.requireNonNull(forecasting, "forecasting");
        this.policies = List.copyOf(policies);
    }

    /** The product's rules: delivery, renewal breach, overdue and at-risk policies. */
    public static CommitmentHealthRules standard(ThroughputForecast forecasting) {
        return new CommitmentHealthRules(forecasting, List.of(
                new DeliveryPolicy(), new RenewalBreachPolicy(), new OverduePolicy(), new AtRiskPolicy()));
    }

    /**
     * The health of {@code commitment} on {@code today}, reading its epics from {@code epics} (an epic
     * missing there is one the viewer cannot see or that no longer exists).
     */
    public CommitmentHealth assess(Commitment commitment, Map<IssueKey, EpicDelivery> epics,
                                   Optional<NextRenewal> renewal, LocalDate today) {
        List<EpicHealth> epicHealths = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (IssueKey key : commitment.deliveringEpics()) {
            EpicDelivery epic = epics.get(key);
            if (epic == null) {
                missing.add(key.toString());
            } else {
                epicHealths.add(assessEpic(new EpicFacts(commitment, epic, forecasting.forecast(epic, today), today, renewal)));
            }
        }
        if (epicHealths.isEmpty()) {
            String reason = missing.isEmpty()
                    ? "no delivering epic linked"
                    : "no visible delivering epic (" + String.join(", ", missing) + " not found)";
            return new CommitmentHealth(commitment, Health.NO_DELIVERY_PLAN, List.of(reason), List.of());
        }
        Health worst = epicHealths.stream().map(EpicHealth::health).max(Comparator.naturalOrder()).orElseThrow();
        List<String> reasons = epicHealths.stream()
                .filter(epic -> epic.health() == worst)
                .flatMap(epic -> epic.reasons().stream())
                .toList();
        return new CommitmentHealth(commitment, worst, reasons, epicHealths);
    }

    private EpicHealth assessEpic(EpicFacts facts) {
        List<HealthFinding> findings = policies.stream().flatMap(policy -> policy.assess(facts).stream()).toList();
        if (findings.isEmpty()) {
            return new EpicHealth(facts.epic().epic(), Health.ON_TRACK, List.of(onTrackReason(facts)), facts.forecast());
        }
        Health worst = findings.stream().map(HealthFinding::health).max(Comparator.naturalOrder()).orElseThrow();
        List<String> reasons = findings.stream()
                .sorted(Comparator.comparing(HealthFinding::health).reversed())
                .map(HealthFinding::reason).toList();
        return new EpicHealth(facts.epic().epic(), worst, reasons, facts.forecast());
    }

    private static String onTrackReason(EpicFacts facts) {
        String promise = "promise " + HumanDates.format(facts.commitment().promisedDate());
        String label = facts.epic().label();
        return facts.forecast().completion()
                .map(date -> label + " forecast " + HumanDates.format(date) + ", on or before " + promise)
                .orElseGet(() -> label + ": " + facts.forecast().explanation()
                        + facts.epic().dueDate().map(due -> "; due " + HumanDates.format(due) + ", on or before " + promise)
                                .orElse("; no due date"));
    }
}
