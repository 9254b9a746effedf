package io.github.promisekeeper.core.radar;

/** What a flag on a radar entry is about; the UI may pick an icon per kind. */
public enum FlagKind {
    RENEWAL_LAPSED,
    NOTICE_DEADLINE_SOON,
    DECISION_NEEDED,
    RENEWAL_LOCKED_IN,
    BLOCKER_TICKETS,
    CRITICAL_TICKETS,
    MANY_OPEN_TICKETS,
    COMMITMENT_BREACHES_RENEWAL,
    COMMITMENT_OVERDUE,
    COMMITMENT_AT_RISK,
    COMMITMENT_WITHOUT_PLAN,
    /** About money: only ever shown to viewers who may see it, and never worth points. */
    MISSING_EXCHANGE_RATE
}
