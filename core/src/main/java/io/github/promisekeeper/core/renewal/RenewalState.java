package io.github.promisekeeper.core.renewal;

/** What can still happen to a customer's next renewal, seen from today. */
public enum RenewalState {
    /** Auto-renews; the customer can still give notice until the notice deadline. */
    NOTICE_OPEN,
    /** Auto-renews and the notice deadline has passed: the coming renewal is locked in. */
    LOCKED_IN,
    /** Does not auto-renew: someone must actively decide before the renewal date, whatever the notice period. */
    NEEDS_DECISION,
    /** The renewal date has passed and no contract replaced it. */
    LAPSED
}
