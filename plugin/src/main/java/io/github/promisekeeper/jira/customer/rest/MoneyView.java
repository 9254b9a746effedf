package io.github.promisekeeper.jira.customer.rest;

import io.github.promisekeeper.core.customer.Money;

/** An amount as JSON: a decimal string with the currency's minor digits (never a float) and its ISO code. */
public record MoneyView(String amount, String currency) {

    public static MoneyView from(Money money) {
        return new MoneyView(money.amount().toPlainString(), money.currencyCode());
    }

    /**
     * The amount as money; {@link CustomerInput} refuses a value without an amount or a currency first, with its
     * own text.
     *
     * @throws IllegalArgumentException when the amount or currency is not valid
     */
    Money toMoney() {
        return Money.of(amount, currency);
    }
}
