package io.github.promisekeeper.jira.commitment.rest;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.EpicPromises;
import io.github.promisekeeper.jira.web.ValueView;

import java.time.LocalDate;
import java.util.List;

/**
 * JSON of {@code GET /epics/{key}/commitments}: who the epic was promised to, the value riding on it
 * (absent without the money right), the earliest promised date and notice deadline, and the commitments.
 */
record EpicPromisesView(
        String epic,
        List<String> customers,
        ValueView totalValue,
        LocalDate earliestPromisedDate,
        LocalDate earliestNoticeDeadline,
        List<CommitmentView> commitments) {

    /** A total in the reporting currency and the currencies it could not count. */
    static EpicPromisesView from(EpicPromises promises) {
        return new EpicPromisesView(
                promises.epic().toString(),
                promises.customers().stream().map(CustomerKey::value).toList(),
                promises.totalValue().map(ValueView::from).orElse(null),
                promises.earliestPromisedDate().orElse(null),
                promises.earliestNoticeDeadline().orElse(null),
                promises.commitments().stream().map(CommitmentView::promised).toList());
    }
}
