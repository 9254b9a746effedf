package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.HumanDates;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.renewal.RenewalState;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a customer's renewal risk by adding up the points of its flags; every flag carries its reason.
 *
 * <pre>
 * renewal    lapsed (renewal passed, not replaced)                      3
 *            auto-renews, notice deadline within decisionSoonDays        2
 *            needs a decision, renewal within decisionSoonDays           2
 *            needs a decision, renewal further out                       1
 *            locked in (auto-renews, notice deadline passed)             0 and every other flag counts 0
 * tickets    any blocker open 2 · any critical open 1 · manyOpenTickets or more open 1
 * promises   per commitment: breaches renewal 3 · overdue 2 · at risk 2 · no delivery plan 1
 * money      missing exchange rate 0 (shown only to viewers who may see money)
 * level      HIGH at 5 points or more, MEDIUM at 2 to 4, LOW below 2
 * </pre>
 *
 * Money never adds points, so hiding it cannot change a level or the order.
 */
public record RiskScoring(int decisionSoonDays, int manyOpenTickets) {

    public static final int HIGH_AT = 5;
    public static final int MEDIUM_AT = 2;
    public static final RiskScoring DEFAULT = new RiskScoring(30, 20);

    public RiskScoring {
        if (decisionSoonDays < 0 || manyOpenTickets < 1) {
            throw new IllegalArgumentException("Risk scoring needs decisionSoonDays ≥ 0 and manyOpenTickets ≥ 1, not "
                    + decisionSoonDays + " and " + manyOpenTickets + ".");
        }
    }

    public static RiskLevel level(int score) {
        return score >= HIGH_AT ? RiskLevel.HIGH : score >= MEDIUM_AT ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    public static int score(List<Flag> flags) {
        return flags.stream().mapToInt(Flag::points).sum();
    }

    /** Every flag for this renewal, most serious first; a locked-in renewal keeps its flags but scores nothing. */
    public List<Flag> flags(NextRenewal renewal, TicketOverview tickets, List<CommitmentHealth> commitments,
                            Optional<MoneyTotal> visibleValue) {
        List<Flag> flags = new ArrayList<>();
        renewalFlag(renewal).ifPresent(flags::add);
        ticketFlags(tickets, flags);
        for (CommitmentHealth commitment : commitments) {
            commitmentFlag(commitment).ifPresent(flags::add);
        }
        visibleValue.filter(value -> !value.isComplete())
                .ifPresent(value -> flags.add(new Flag(FlagKind.MISSING_EXCHANGE_RATE, 0, value.missingRatesReason())));
        List<Flag> counted = renewal.state() == RenewalState.LOCKED_IN
                ? flags.stream().map(Flag::withoutPoints).toList()
                : flags;
        return counted.stream().sorted(Flag.MOST_SERIOUS_FIRST).toList();
    }

    private Optional<Flag> renewalFlag(NextRenewal renewal) {
        String renewalDate = HumanDates.format(renewal.renewal());
        String deadline = HumanDates.format(renewal.noticeDeadline());
        return switch (renewal.state()) {
            case LAPSED -> Optional.of(new Flag(FlagKind.RENEWAL_LAPSED, 3, "renewal " + renewalDate + " passed "
                    + HumanDates.relative(renewal.daysLeft()) + " and was not replaced"));
            case LOCKED_IN -> Optional.of(new Flag(FlagKind.RENEWAL_LOCKED_IN, 0, "renewal " + renewalDate
                    + " locked in: auto-renews and the notice deadline " + deadline + " has passed"));
            case NOTICE_OPEN -> renewal.daysToNoticeDeadline() <= decisionSoonDays
                    ? Optional.of(new Flag(FlagKind.NOTICE_DEADLINE_SOON, 2, "notice deadline "
                    + HumanDates.relative(renewal.daysToNoticeDeadline()) + " (" + deadline + ")"))
                    : Optional.empty();
            case NEEDS_DECISION -> renewal.daysLeft() <= decisionSoonDays
                    ? Optional.of(new Flag(FlagKind.DECISION_NEEDED, 2, "does not auto-renew: renewal "
                    + HumanDates.relative(renewal.daysLeft()) + " (" + renewalDate + ") needs a decision"))
                    : Optional.of(new Flag(FlagKind.DECISION_NEEDED, 1, "does not auto-renew: needs a decision before "
                    + renewalDate));
        };
    }

    private void ticketFlags(TicketOverview tickets, List<Flag> flags) {
        int blockers = tickets.open(TicketPriority.BLOCKER);
        if (blockers > 0) {
            flags.add(new Flag(FlagKind.BLOCKER_TICKETS, 2, count(blockers, "blocker ticket") + " open"));
        }
        int criticals = tickets.open(TicketPriority.CRITICAL);
        if (criticals > 0) {
            flags.add(new Flag(FlagKind.CRITICAL_TICKETS, 1, count(criticals, "critical ticket") + " open"));
        }
        if (tickets.openTotal() >= manyOpenTickets) {
            flags.add(new Flag(FlagKind.MANY_OPEN_TICKETS, 1, count(tickets.openTotal(), "open ticket")));
        }
    }

    private static Optional<Flag> commitmentFlag(CommitmentHealth health) {
        String about = health.commitment().key() + " '" + health.commitment().summary() + "' ";
        String why = ": " + health.reasons().getFirst();
        return switch (health.health()) {
            case BREACHES_RENEWAL -> Optional.of(new Flag(FlagKind.COMMITMENT_BREACHES_RENEWAL, 3, about + "breaches renewal" + why));
            case OVERDUE -> Optional.of(new Flag(FlagKind.COMMITMENT_OVERDUE, 2, about + "overdue" + why));
            case AT_RISK -> Optional.of(new Flag(FlagKind.COMMITMENT_AT_RISK, 2, about + "at risk" + why));
            case NO_DELIVERY_PLAN -> Optional.of(new Flag(FlagKind.COMMITMENT_WITHOUT_PLAN, 1, about + "has no delivery plan" + why));
            case DELIVERED, DELIVERED_LATE, ON_TRACK -> Optional.empty();
        };
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
