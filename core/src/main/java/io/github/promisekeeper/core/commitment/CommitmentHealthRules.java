package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
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
 * Decides a commitment's health. Without a delivering epic the viewer can see it has no delivery plan;
 * otherwise each visible epic gets the worst finding of the policies (delivery, renewal breach, overdue, at
 * risk), or is on track when none finds anything, and the commitment takes the worst epic's health and its
 * reasons.
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
        return new CommitmentHealthRules(
                forecasting,
                List.of(new DeliveryPolicy(), new RenewalBreachPolicy(), new OverduePolicy(), new AtRiskPolicy()));
    }

    /**
     * The health of {@code commitment} on {@code today}, reading its epics from {@code epics} (an epic
     * missing there no longer exists or was not found).
     *
     * <p>Health is judged from the delivering epics the viewer may open, never from the others
     * ({@link Commitment#hiddenEpics()}): a verdict such as "overdue" or a forecast date would tell the viewer
     * about an issue Jira's permissions keep from them. When some are hidden the reasons say how many, so
     * nobody mistakes the verdict for one on every epic; when all are, there is no delivery plan the viewer
     * can see. Missing epics are counted, not named.
     */
    public CommitmentHealth assess(
            Commitment commitment, Map<IssueKey, EpicDelivery> epics, Optional<NextRenewal> renewal, LocalDate today) {
        List<EpicHealth> epicHealths = new ArrayList<>();
        int missing = 0;
        for (IssueKey key : commitment.deliveringEpics()) {
            EpicDelivery epic = epics.get(key);
            if (epic == null) {
                missing++;
            } else {
                epicHealths.add(
                        assessEpic(new EpicFacts(commitment, epic, forecasting.forecast(epic, today), today, renewal)));
            }
        }
        List<Reason> unseen = new ArrayList<>();
        if (commitment.hiddenEpics() > 0) {
            unseen.add(Reason.count(commitment.hiddenEpics(), ReasonKey.EPIC_HIDDEN, ReasonKey.EPICS_HIDDEN));
        }
        if (missing > 0) {
            unseen.add(Reason.count(missing, ReasonKey.EPIC_MISSING, ReasonKey.EPICS_MISSING));
        }
        if (epicHealths.isEmpty()) {
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.of(unseen.isEmpty() ? ReasonKey.NO_EPIC_LINKED : ReasonKey.NO_EPIC_VISIBLE));
            reasons.addAll(unseen);
            return new CommitmentHealth(commitment, Health.NO_DELIVERY_PLAN, reasons, List.of());
        }
        Health worst = epicHealths.stream()
                .map(EpicHealth::health)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<Reason> reasons = new ArrayList<>();
        epicHealths.stream().filter(epic -> epic.health() == worst).forEach(epic -> reasons.addAll(epic.why()));
        reasons.addAll(unseen);
        return new CommitmentHealth(commitment, worst, reasons, epicHealths);
    }

    private EpicHealth assessEpic(EpicFacts facts) {
        List<HealthFinding> findings = policies.stream()
                .flatMap(policy -> policy.assess(facts).stream())
                .toList();
        if (findings.isEmpty()) {
            return new EpicHealth(
                    facts.epic().epic(), Health.ON_TRACK, List.of(onTrackReason(facts)), facts.forecast());
        }
        Health worst = findings.stream()
                .map(HealthFinding::health)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<Reason> reasons = findings.stream()
                .sorted(Comparator.comparing(HealthFinding::health).reversed())
                .map(HealthFinding::why)
                .toList();
        return new EpicHealth(facts.epic().epic(), worst, reasons, facts.forecast());
    }

    private static Reason onTrackReason(EpicFacts facts) {
        LocalDate promised = facts.commitment().promisedDate();
        Reason label = facts.epic().labelReason();
        Reason explanation = facts.forecast().why();
        return facts.forecast()
                .completion()
                .map(date -> Reason.of(ReasonKey.ON_TRACK_FORECAST, label, date, promised))
                .orElseGet(() -> facts.epic()
                        .dueDate()
                        .map(due -> Reason.of(ReasonKey.ON_TRACK_DUE, label, explanation, due, promised))
                        .orElseGet(() -> Reason.of(ReasonKey.ON_TRACK_NO_DUE_DATE, label, explanation)));
    }
}
