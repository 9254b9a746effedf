package io.github.promisekeeper.core.radar;

/** How worried to be about a customer's renewal, from its risk score (see {@link RiskScoring}). */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
