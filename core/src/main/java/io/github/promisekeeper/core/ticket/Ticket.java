package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket that matters to one customer, as much of it as the radar shows: never the ticket's full content.
 *
 * <p>A value with the accessors, equality and text of a record. It is a class only to keep a copy of the update
 * time's seconds in the ticket itself: the radar orders every customer's most urgent tickets by update time, and
 * reading it there spares a trip to a separate {@link Instant} object per ticket.
 */
public final class Ticket {

    private final IssueKey key;
    private final CustomerKey customer;
    private final String summary;
    private final TicketPriority priority;
    private final StatusCategory statusCategory;
    private final String type;
    private final Instant created;
    private final Instant updated;
    private final long updatedSecond;

    public Ticket(
            IssueKey key,
            CustomerKey customer,
            String summary,
            TicketPriority priority,
            StatusCategory statusCategory,
            String type,
            Instant created,
            Instant updated) {
        this.key = Objects.requireNonNull(key, "key");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.statusCategory = Objects.requireNonNull(statusCategory, "status category");
        this.created = Objects.requireNonNull(created, "created");
        this.updated = Objects.requireNonNull(updated, "updated");
        this.summary = summary == null ? "" : summary;
        this.type = type == null ? "" : type;
        this.updatedSecond = updated.getEpochSecond();
    }

    public IssueKey key() {
        return key;
    }

    public CustomerKey customer() {
        return customer;
    }

    public String summary() {
        return summary;
    }

    public TicketPriority priority() {
        return priority;
    }

    public StatusCategory statusCategory() {
        return statusCategory;
    }

    public String type() {
        return type;
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }

    /** {@link #updated()} in whole seconds since the epoch. */
    public long updatedEpochSecond() {
        return updatedSecond;
    }

    public boolean isOpen() {
        return statusCategory != StatusCategory.DONE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ticket that
                && key.equals(that.key)
                && customer.equals(that.customer)
                && summary.equals(that.summary)
                && priority == that.priority
                && statusCategory == that.statusCategory
                && type.equals(that.type)
                && created.equals(that.created)
                && updated.equals(that.updated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, customer, summary, priority, statusCategory, type, created, updated);
    }

    @Override
    public String toString() {
        return "Ticket[key=" + key + ", customer=" + customer + ", summary=" + summary + ", priority=" + priority
                + ", statusCategory=" + statusCategory + ", type=" + type + ", created=" + created
                + ", updated=" + updated + "]";
    }
}
