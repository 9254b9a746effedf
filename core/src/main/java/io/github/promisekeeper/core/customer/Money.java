package io.github.promisekeeper.core.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in minor units of an ISO 4217 currency; never a floating-point number.
 */
public record Money(long minorUnits, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("Currency " + currency.getCurrencyCode() + " has no minor unit.");
        }
    }

    /** The amount {@code amount} of {@code currencyCode}; rejects more decimals than the currency has. */
    public static Money of(BigDecimal amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        try {
            BigDecimal minor = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                    .movePointRight(currency.getDefaultFractionDigits());
            return new Money(minor.longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "Amount " + amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode()
                            + " allows, or is too large.",
                    e);
        }
    }

    public static Money of(String amount, String currencyCode) {
        try {
            return of(new BigDecimal(amount), currencyCode);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Amount '" + amount + "' is not a number.", e);
        }
    }

    /** Parses an upper-case ISO 4217 code such as {@code EUR}. */
    public static Currency currency(String currencyCode) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "Currency '" + currencyCode + "' is not an ISO 4217 code such as USD or EUR.");
        }
        try {
            return Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Currency '" + currencyCode + "' is not an ISO 4217 code.", e);
        }
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currencyCode();
    }
}
