package io.github.promisekeeper.core.alert;

/**
 * What an alert says happened: each way a promise slips (the "What slips" list), and the outcomes a
 * commitment reaches. An alert is about a commitment or about a customer ({@link #aboutCommitment()}); a
 * worsening is mailed at once ({@link #isWorsening()}); an outcome is a final fact, raised already settled
 * unless it can still be repaired ({@link #settledWhenRaised()}).
 */
public enum AlertKind {
    /** The commitment's health worsened: on track → at risk → overdue / breaches renewal, or any → no delivery plan. */
    HEALTH_WORSENED(true, true, false),
    /** A delivering epic's forecast moved past the promised date. */
    FORECAST_PAST_PROMISE(true, true, false),
    /** A delivering epic's due date moved past the promised date. */
    EPIC_DUE_PAST_PROMISE(true, true, false),
    /** A delivering epic's forecast moved past the customer's notice deadline. */
    FORECAST_PAST_NOTICE_DEADLINE(true, true, false),
    /** A delivering epic's due date moved past the customer's notice deadline. */
    EPIC_DUE_PAST_NOTICE_DEADLINE(true, true, false),
    /** The promised date was moved, earlier or later. */
    PROMISED_DATE_MOVED(true, true, false),
    /** A delivering epic was unlinked from the commitment. */
    EPIC_UNLINKED(true, true, false),
    /** The customer's next renewal moved. */
    RENEWAL_MOVED(false, true, false),
    /** The customer's notice deadline moved. */
    NOTICE_DEADLINE_MOVED(false, true, false),
    /** One of the customer's contracts was cancelled. */
    CONTRACT_CANCELLED(false, true, false),
    /** The customer entered the radar window at HIGH risk. */
    ENTERED_RADAR_HIGH_RISK(false, true, false),
    /** The customer's notice deadline is N days away or less and it has open commitments that are not on track. */
    NOTICE_DEADLINE_NEAR(false, true, false),
    /** Outcome: the commitment was delivered on or before its promised date. */
    KEPT(true, false, true),
    /** Outcome: the commitment was delivered after its promised date. */
    DELIVERED_LATE(true, false, true),
    /** Outcome: the customer's renewal passed with the promise still open; resolved once it is delivered. */
    BREACHED(true, true, false);

    private final boolean aboutCommitment;
    private final boolean worsening;
    private final boolean settledWhenRaised;

    AlertKind(boolean aboutCommitment, boolean worsening, boolean settledWhenRaised) {
        this.aboutCommitment = aboutCommitment;
        this.worsening = worsening;
        this.settledWhenRaised = settledWhenRaised;
    }

    /** Whether the alert names a commitment (otherwise it is about a customer only). */
    public boolean aboutCommitment() {
        return aboutCommitment;
    }

    /** Whether this is bad news that people hear of at once (immediate mail), rather than news for the digest. */
    public boolean isWorsening() {
        return worsening;
    }

    /** Whether this is one of the outcomes a commitment reaches: kept, delivered late, breached. */
    public boolean isOutcome() {
        return this == KEPT || this == DELIVERED_LATE || this == BREACHED;
    }

    /** Whether the alert is a final fact with nothing left to recover from: it is raised already resolved. */
    public boolean settledWhenRaised() {
        return settledWhenRaised;
    }
}
