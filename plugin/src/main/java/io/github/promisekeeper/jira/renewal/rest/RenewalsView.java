package io.github.promisekeeper.jira.renewal.rest;

import io.github.promisekeeper.core.renewal.UpcomingRenewal;

import java.time.LocalDate;
import java.util.List;

/** JSON of {@code GET /renewals}: the window asked for and the customers renewing inside it, soonest first. */
record RenewalsView(LocalDate today, int days, List<Renewal> renewals) {

    /** One customer renewing inside the window. */
    record Renewal(String key, String name, LocalDate renewal, LocalDate noticeDeadline, long daysLeft) {

        static Renewal from(UpcomingRenewal upcoming) {
            return new Renewal(
                    upcoming.customerKey().value(),
                    upcoming.customerName(),
                    upcoming.renewal(),
                    upcoming.noticeDeadline(),
                    upcoming.daysLeft());
        }
    }

    static RenewalsView from(LocalDate today, int days, List<UpcomingRenewal> upcoming) {
        return new RenewalsView(
                today, days, upcoming.stream().map(Renewal::from).toList());
    }
}
