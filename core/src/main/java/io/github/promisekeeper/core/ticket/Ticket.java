package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.time.Instant;
import java.util.Objects;

/** A ticket that matters to one customer, as much of it as the radar shows: never the ticket's full content. */
public record Ticket(
        IssueKey key,
        CustomerKey customer,
        String summary,
        TicketPriority priority,
        StatusCategory statusCategory,
        String type,
        Instant created,
        Instant updated) {

    public Ticket {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(statusCategory, "status category");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        summary = summary == null ? "" : summary;
        type = type == null ? "" : type;
    }

    public boolean isOpen() {
        return statusCategory != StatusCategory.DONE;
    }
}
