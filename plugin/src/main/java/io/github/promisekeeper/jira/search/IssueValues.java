package io.github.promisekeeper.jira.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.StatusCategory;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/** Reads core values out of Jira issues, tolerating what an admin may have put there. */
public final class IssueValues {

    private IssueValues() {}

    public static Optional<IssueKey> key(Issue issue) {
        try {
            return Optional.of(IssueKey.of(issue.getKey()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The customer key a Customer field value holds, or empty when blank or not a key. */
    public static Optional<CustomerKey> customer(Object fieldValue) {
        if (!(fieldValue instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CustomerKey.of(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static StatusCategory statusCategory(Issue issue) {
        Status status = issue.getStatus();
        String key = status == null || status.getStatusCategory() == null
                ? ""
                : status.getStatusCategory().getKey();
        return switch (key == null ? "" : key) {
            case "done" -> StatusCategory.DONE;
            case "indeterminate" -> StatusCategory.IN_PROGRESS;
            default -> StatusCategory.TO_DO;
        };
    }

    /** A date-time (resolution, creation) as a day in {@code zone}. */
    public static Optional<LocalDate> day(Date moment, ZoneId zone) {
        return moment == null
                ? Optional.empty()
                : Optional.of(moment.toInstant().atZone(zone).toLocalDate());
    }

    /**
     * A date-only value (due date, a date-picker field). Jira keeps these as midnight in the server's
     * own time zone, so that zone, not the viewer's, gives back the day that was picked.
     */
    public static Optional<LocalDate> dateOnly(Object value) {
        if (value instanceof Timestamp timestamp) {
            return Optional.of(timestamp.toLocalDateTime().toLocalDate());
        }
        if (value instanceof Date date) {
            return Optional.of(new Timestamp(date.getTime()).toLocalDateTime().toLocalDate());
        }
        return Optional.empty();
    }
}
