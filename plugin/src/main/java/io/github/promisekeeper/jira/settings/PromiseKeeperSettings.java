package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.web.InvalidInputException;
import io.github.promisekeeper.jira.web.LocalizedText;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a Jira administrator configures for the whole site: the radar's default window and basis, the
 * reporting currency with the rates into it (1 unit of the currency = rate units of the reporting one),
 * and who reads, sees money and edits.
 */
public record PromiseKeeperSettings(
        int defaultDays,
        WindowBasis basis,
        String reportingCurrency,
        Map<String, BigDecimal> rates,
        AccessGroups groups) {

    public PromiseKeeperSettings {
        checkDefaultDays(defaultDays);
        Objects.requireNonNull(basis, "basis");
        Money.currency(reportingCurrency);
        Map<String, BigDecimal> sorted = new TreeMap<>();
        rates.forEach((currency, rate) -> {
            Money.currency(currency);
            if (rate == null || rate.signum() <= 0) {
                throw new InvalidInputException(LocalizedText.of(
                        "promise-keeper.settings.error.rate.positive",
                        "The rate of " + currency + " must be a positive number.",
                        currency));
            }
            sorted.put(currency, rate);
        });
        rates = Collections.unmodifiableMap(sorted);
        Objects.requireNonNull(groups, "groups");
    }

    /** Refuses a default window outside 1 to {@link RenewalWindow#MAX_DAYS} days. */
    public static void checkDefaultDays(int defaultDays) {
        if (defaultDays < 1 || defaultDays > RenewalWindow.MAX_DAYS) {
            throw new InvalidInputException(LocalizedText.of(
                    "promise-keeper.settings.error.days",
                    "The default window is 1 to " + RenewalWindow.MAX_DAYS + " days, not " + defaultDays + ".",
                    RenewalWindow.MAX_DAYS,
                    defaultDays));
        }
    }

    /** 90 days against the renewal date, USD without other rates, the default groups. */
    public static PromiseKeeperSettings defaults() {
        return new PromiseKeeperSettings(90, WindowBasis.RENEWAL_DATE, "USD", Map.of(), AccessGroups.defaults());
    }

    public ExchangeRates exchangeRates() {
        ExchangeRates exchangeRates = ExchangeRates.only(reportingCurrency);
        for (Map.Entry<String, BigDecimal> rate : rates.entrySet()) {
            exchangeRates = exchangeRates.with(rate.getKey(), rate.getValue().toPlainString());
        }
        return exchangeRates;
    }

    public RadarSettings radarSettings() {
        return RadarSettings.defaults(exchangeRates());
    }
}
