package io.github.promisekeeper.jira.web;

import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.MoneyTotal;

import java.util.Currency;
import java.util.List;

/**
 * Money as JSON: a decimal string and an ISO code; a total also names the currencies it could not count
 * for lack of an exchange rate (absent when it counted everything).
 */
public record ValueView(String amount, String currency, List<String> missingRates) {

    public static ValueView from(Money money) {
        return new ValueView(money.amount().toPlainString(), money.currencyCode(), null);
    }

    public static ValueView from(MoneyTotal total) {
        return new ValueView(
                total.total().amount().toPlainString(),
                total.total().currencyCode(),
                total.isComplete()
                        ? null
                        : total.missingRates().stream()
                                .map(Currency::getCurrencyCode)
                                .toList());
    }
}
