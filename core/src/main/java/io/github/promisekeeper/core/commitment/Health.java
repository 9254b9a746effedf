package io.github.promisekeeper.core.commitment;

/** A commitment's health, from best to worst: a commitment takes the worst health of its epics. */
public enum Health {
    DELIVERED,
    ON_TRACK,
    DELIVERED_LATE,
    NO_DELIVERY_PLAN,
    AT_RISK,
    OVERDUE,
    BREACHES_RENEWAL;

    public boolean isWorseThan(Health other) {
        return compareTo(other) > 0;
    }

    public boolean isOpen() {
        return this != DELIVERED && this != DELIVERED_LATE;
    }
}
