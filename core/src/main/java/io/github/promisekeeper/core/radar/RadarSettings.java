package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.customer.ExchangeRates;

import java.util.Objects;

/**
 * How a site runs its radar: the exchange rates into its reporting currency, the forecast period, the
 * risk scoring, how many tickets to list per customer, how far back lapsed renewals are still shown and
 * how many customers one radar reads at most.
 */
public record RadarSettings(
        ExchangeRates rates,
        ThroughputForecast forecasting,
        RiskScoring scoring,
        int ticketsListed,
        int lapsedLookbackDays,
        int maxCustomers) {

    public RadarSettings {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(forecasting, "forecasting");
        Objects.requireNonNull(scoring, "scoring");
        if (ticketsListed < 0 || ticketsListed > 50) {
            throw new IllegalArgumentException("List 0 to 50 tickets per customer, not " + ticketsListed + ".");
        }
        if (lapsedLookbackDays < 0 || lapsedLookbackDays > 3650) {
            throw new IllegalArgumentException(
                    "Show lapsed renewals from 0 to 3650 days back, not " + lapsedLookbackDays + ".");
        }
        if (maxCustomers < 1 || maxCustomers > Customers.MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "A radar reads 1 to " + Customers.MAX_LIMIT + " customers, not " + maxCustomers + ".");
        }
    }

    /** Defaults: 6-week forecast period, 5 tickets listed, lapsed renewals of the last year, 1000 customers. */
    public static RadarSettings defaults(ExchangeRates rates) {
        return new RadarSettings(rates, ThroughputForecast.DEFAULT, RiskScoring.DEFAULT, 5, 365, 1000);
    }
}
