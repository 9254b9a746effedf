package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.renewal.RenewalState;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.time.LocalDate;
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
        int score = 0;
        for (Flag flag : flags) {
            score += flag.points();
        }
        return score;
    }

    /**
     * Every flag for this renewal, most serious first; a locked-in renewal keeps its flags but scores nothing.
     * The flags keep the facts of their reasons and write them only when read.
     */
    public List<Flag> flags(
            NextRenewal renewal,
            TicketOverview tickets,
            List<CommitmentHealth> commitments,
            Optional<MoneyTotal> visibleValue) {
        List<Flag> flags = new ArrayList<>(4);
        Flag renewalFlag = renewalFlag(renewal);
        if (renewalFlag != null) {
            flags.add(renewalFlag);
        }
        ticketFlags(tickets, flags);
        for (CommitmentHealth commitment : commitments) {
            Flag flag = commitmentFlag(commitment);
            if (flag != null) {
                flags.add(flag);
            }
        }
        if (visibleValue.isPresent() && !visibleValue.get().isComplete()) {
            MoneyTotal value = visibleValue.get();
            flags.add(new Flag(
                    FlagKind.MISSING_EXCHANGE_RATE,
                    0,
                    null,
                    () -> value.whyIncomplete().orElseThrow()));
        }
        if (renewal.state() == RenewalState.LOCKED_IN) {
            flags.replaceAll(Flag::withoutPoints);
        }
        flags.sort(Flag.MOST_SERIOUS_FIRST);
        return List.copyOf(flags);
    }

    /** The renewal's own flag, or null when it has none. */
    private Flag renewalFlag(NextRenewal renewal) {
        LocalDate renewalDate = renewal.renewal();
        LocalDate deadline = renewal.noticeDeadline();
        return switch (renewal.state()) {
            case LAPSED -> {
                long daysLeft = renewal.daysLeft();
                yield new Flag(
                        FlagKind.RENEWAL_LAPSED,
                        3,
                        null,
                        () -> Reason.of(ReasonKey.RENEWAL_LAPSED, renewalDate, Reason.days(daysLeft)));
            }
            case LOCKED_IN ->
                new Flag(
                        FlagKind.RENEWAL_LOCKED_IN,
                        0,
                        null,
                        () -> Reason.of(ReasonKey.RENEWAL_LOCKED_IN, renewalDate, deadline));
            case NOTICE_OPEN -> {
                long daysToDeadline = renewal.daysToNoticeDeadline();
                yield daysToDeadline <= decisionSoonDays
                        ? new Flag(
                                FlagKind.NOTICE_DEADLINE_SOON,
                                2,
                                null,
                                () -> Reason.of(ReasonKey.NOTICE_DEADLINE_SOON, Reason.days(daysToDeadline), deadline))
                        : null;
            }
            case NEEDS_DECISION -> {
                long daysLeft = renewal.daysLeft();
                yield daysLeft <= decisionSoonDays
                        ? new Flag(
                                FlagKind.DECISION_NEEDED,
                                2,
                                null,
                                () -> Reason.of(ReasonKey.DECISION_SOON, Reason.days(daysLeft), renewalDate))
                        : new Flag(
                                FlagKind.DECISION_NEEDED,
                                1,
                                null,
                                () -> Reason.of(ReasonKey.DECISION_LATER, renewalDate));
            }
        };
    }

    private void ticketFlags(TicketOverview tickets, List<Flag> flags) {
        int blockers = tickets.open(TicketPriority.BLOCKER);
        if (blockers > 0) {
            flags.add(new Flag(
                    FlagKind.BLOCKER_TICKETS,
                    2,
                    null,
                    () -> Reason.count(blockers, ReasonKey.BLOCKER_TICKET, ReasonKey.BLOCKER_TICKETS)));
        }
        int criticals = tickets.open(TicketPriority.CRITICAL);
        if (criticals > 0) {
            flags.add(new Flag(
                    FlagKind.CRITICAL_TICKETS,
                    1,
                    null,
                    () -> Reason.count(criticals, ReasonKey.CRITICAL_TICKET, ReasonKey.CRITICAL_TICKETS)));
        }
        int open = tickets.openTotal();
        if (open >= manyOpenTickets) {
            flags.add(new Flag(
                    FlagKind.MANY_OPEN_TICKETS,
                    1,
                    null,
                    () -> Reason.count(open, ReasonKey.OPEN_TICKET, ReasonKey.OPEN_TICKETS)));
        }
    }

    /** The commitment's flag, or null when its health is no risk. */
    private static Flag commitmentFlag(CommitmentHealth health) {
        IssueKey key = health.commitment().key();
        String summary = health.commitment().summary();
        Reason why = health.why().getFirst();
        return switch (health.health()) {
            case BREACHES_RENEWAL ->
                new Flag(
                        FlagKind.COMMITMENT_BREACHES_RENEWAL,
                        3,
                        key,
                        () -> commitmentReason(ReasonKey.COMMITMENT_BREACHES_RENEWAL, key, summary, why));
            case OVERDUE ->
                new Flag(
                        FlagKind.COMMITMENT_OVERDUE,
                        2,
                        key,
                        () -> commitmentReason(ReasonKey.COMMITMENT_OVERDUE, key, summary, why));
            case AT_RISK ->
                new Flag(
                        FlagKind.COMMITMENT_AT_RISK,
                        2,
                        key,
                        () -> commitmentReason(ReasonKey.COMMITMENT_AT_RISK, key, summary, why));
            case NO_DELIVERY_PLAN ->
                new Flag(
                        FlagKind.COMMITMENT_WITHOUT_PLAN,
                        1,
                        key,
                        () -> commitmentReason(ReasonKey.COMMITMENT_WITHOUT_PLAN, key, summary, why));
            case DELIVERED, DELIVERED_LATE, ON_TRACK -> null;
        };
    }

    private static Reason commitmentReason(ReasonKey health, IssueKey key, String summary, Reason why) {
        return Reason.of(health, key.toString(), summary, why);
    }
}
