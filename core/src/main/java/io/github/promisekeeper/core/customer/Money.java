package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.InvalidValueException;
import io.github.promisekeeper.core.ReasonKey;

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
            throw new InvalidValueException(ReasonKey.CURRENCY_WITHOUT_MINOR_UNIT, currency.getCurrencyCode());
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
            throw new InvalidValueException(
                    e, ReasonKey.AMOUNT_TOO_PRECISE, amount.toPlainString(), currency.getCurrencyCode());
        }
    }

    public static Money of(String amount, String currencyCode) {
        try {
            return of(new BigDecimal(amount), currencyCode);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(e, ReasonKey.AMOUNT_NOT_A_NUMBER, String.valueOf(amount));
        }
    }

    /** Parses an upper-case ISO 4217 code such as {@code EUR}. */
    public static Currency currency(String currencyCode) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw new InvalidValueException(ReasonKey.CURRENCY_NOT_ISO_SHAPE, String.valueOf(currencyCode));
        }
        try {
            return Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(e, ReasonKey.CURRENCY_NOT_ISO, currencyCode);
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
