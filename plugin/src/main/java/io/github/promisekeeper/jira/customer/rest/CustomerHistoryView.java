package io.github.promisekeeper.jira.customer.rest;

import io.github.promisekeeper.core.customer.ChangeDescriptions;
import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.List;
import java.util.Locale;

/**
 * JSON of {@code /customers/{key}/history}: the customer's latest changes, newest first, with amounts left
 * out of the descriptions for viewers without the money right.
 */
record CustomerHistoryView(String key, List<Entry> changes) {

    /**
     * One change: who, when (an ISO instant), through what ({@code admin_page}, {@code import}, {@code rest}),
     * the import batch (only for imports) and what changed.
     */
    record Entry(String author, String at, String source, String importBatchId, String description) {}

    static CustomerHistoryView from(CustomerKey key, List<CustomerChange> changes, boolean maySeeMoney) {
        return new CustomerHistoryView(
                key.value(),
                changes.stream()
                        .map(entry -> new Entry(
                                entry.change().author(),
                                entry.change().at().toString(),
                                entry.change().source().name().toLowerCase(Locale.ROOT),
                                entry.change().importBatchId(),
                                maySeeMoney
                                        ? entry.description()
                                        : ChangeDescriptions.withoutAmounts(entry.description())))
                        .toList());
    }
}
