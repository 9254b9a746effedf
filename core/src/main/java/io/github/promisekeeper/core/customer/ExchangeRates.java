package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.ReasonKey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Configured rates into one reporting currency: each rate says how many units of the reporting
 * currency one unit of the other currency is worth. A currency without a rate is never converted.
 */
public record ExchangeRates(Currency reportingCurrency, Map<Currency, BigDecimal> rates) {

    public ExchangeRates {
        Objects.requireNonNull(reportingCurrency, "reporting currency");
        rates = Map.copyOf(rates == null ? Map.of() : rates);
        rates.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new InvalidValueException(
                        ReasonKey.RATE_NOT_POSITIVE,
                        currency.getCurrencyCode(),
                        reportingCurrency.getCurrencyCode(),
                        rate.toPlainString());
            }
        });
    }

    /** Only the reporting currency itself: every other currency is reported as missing a rate. */
    public static ExchangeRates only(String reportingCurrencyCode) {
        return new ExchangeRates(Money.currency(reportingCurrencyCode), Map.of());
    }

    /** These rates plus {@code currencyCode} at {@code rate} units of the reporting currency. */
    public ExchangeRates with(String currencyCode, String rate) {
        Map<Currency, BigDecimal> more = new HashMap<>(rates);
        more.put(Money.currency(currencyCode), new BigDecimal(rate));
        return new ExchangeRates(reportingCurrency, more);
    }

    /** {@code money} in the reporting currency (half-even to its minor unit), or empty when no rate is configured. */
    public Optional<Money> convert(Money money) {
        if (money.currency().equals(reportingCurrency)) {
            return Optional.of(money);
        }
        BigDecimal rate = rates.get(money.currency());
        if (rate == null) {
            return Optional.empty();
        }
        int digits = reportingCurrency.getDefaultFractionDigits();
        BigDecimal converted = money.amount().multiply(rate).setScale(digits, RoundingMode.HALF_EVEN);
        return Optional.of(new Money(converted.movePointRight(digits).longValueExact(), reportingCurrency));
    }

    /** Adds {@code amounts} in the reporting currency; amounts without a rate are left out and named. */
    public MoneyTotal total(Collection<Money> amounts) {
        long sum = 0;
        Set<Currency> missing = null;
        for (Money amount : amounts) {
            Optional<Money> converted = convert(amount);
            if (converted.isPresent()) {
                sum = Math.addExact(sum, converted.get().minorUnits());
            } else {
                if (missing == null) {
                    missing = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
                }
                missing.add(amount.currency());
            }
        }
        return new MoneyTotal(new Money(sum, reportingCurrency), missing == null ? Set.of() : missing);
    }
}
