package io.github.promisekeeper.jira.customer.rest;

import io.github.promisekeeper.core.customer.CustomerChange;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.util.List;
import java.util.Locale;

/**
 * JSON of {@code /customers/{key}/history}: the customer's latest changes, newest first, each description in the
 * viewer's language (entries stored before histories kept data: as stored), with amounts left out for viewers
 * without the money right.
 */
record CustomerHistoryView(String key, List<Entry> changes) {

    /**
     * One change: who, when (an ISO instant), through what ({@code admin_page}, {@code import}, {@code rest}),
     * the import batch (only for imports) and what changed.
     */
    record Entry(String author, String at, String source, String importBatchId, String description) {}

    static CustomerHistoryView from(
            CustomerKey key, List<CustomerChange> changes, boolean maySeeMoney, ReasonTexts texts) {
        return new CustomerHistoryView(
                key.value(),
                changes.stream()
                        .map(entry -> new Entry(
                                entry.change().author(),
                                entry.change().at().toString(),
                                entry.change().source().name().toLowerCase(Locale.ROOT),
                                entry.change().importBatchId(),
                                entry.text(texts.texts(), maySeeMoney)))
                        .toList());
    }
}
