package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;

import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A sum in one reporting currency together with the currencies that could not be counted for lack of
 * a rate: a missing rate is reported, never counted as zero.
 */
public record MoneyTotal(Money total, Set<Currency> missingRates) {

    public MoneyTotal {
        Objects.requireNonNull(total, "total");
        if (missingRates == null || missingRates.isEmpty()) {
            missingRates = Set.of(); // the common case, without a sorted copy
        } else {
            TreeSet<Currency> sorted = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
            sorted.addAll(missingRates);
            missingRates = Collections.unmodifiableSet(sorted);
        }
    }

    public boolean isComplete() {
        return missingRates.isEmpty();
    }

    /** The two totals added; both must be in the same reporting currency. */
    public MoneyTotal plus(MoneyTotal other) {
        if (!total.currency().equals(other.total.currency())) {
            throw new IllegalArgumentException(
                    "Cannot add totals in " + total.currencyCode() + " and " + other.total.currencyCode() + ".");
        }
        Set<Currency> missing = new HashSet<>(missingRates);
        missing.addAll(other.missingRates);
        return new MoneyTotal(
                new Money(Math.addExact(total.minorUnits(), other.total.minorUnits()), total.currency()), missing);
    }

    /** "no rate for GBP, JPY → USD; not counted", or empty text when complete. */
    public String missingRatesReason() {
        return whyIncomplete().map(Reason::english).orElse("");
    }

    /** Why the total leaves something out ("no rate for GBP, JPY → USD; not counted"), or empty when complete. */
    public Optional<Reason> whyIncomplete() {
        if (isComplete()) {
            return Optional.empty();
        }
        // Currency codes are the same in every language: one argument, written as the English text did.
        return Optional.of(Reason.of(
                ReasonKey.MISSING_RATES,
                missingRates.stream().map(Currency::getCurrencyCode).collect(Collectors.joining(", ")),
                total.currencyCode()));
    }
}
