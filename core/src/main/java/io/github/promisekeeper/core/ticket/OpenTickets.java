package io.github.promisekeeper.core.ticket;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Open tickets grouped by customer, as an adapter reads them: each ticket goes to its customer's group as it
 * arrives (the adapter reads every ticket's customer anyway), so a reader takes one customer's tickets at a
 * time instead of looking each ticket's customer up. Holds only open tickets; inside a group, tickets keep the
 * order they were added in.
 */
public final class OpenTickets {

    private static final OpenTickets NONE = new OpenTickets(Map.of(), 0);

    private final Map<CustomerKey, List<Ticket>> byCustomer;
    private final int size;

    private OpenTickets(Map<CustomerKey, List<Ticket>> byCustomer, int size) {
        this.byCustomer = byCustomer;
        this.size = size;
    }

    /** No tickets at all. */
    public static OpenTickets none() {
        return NONE;
    }

    /** {@code tickets} grouped by customer; closed ones are left out. */
    public static OpenTickets from(Collection<Ticket> tickets) {
        Builder builder = builder();
        tickets.forEach(builder::add);
        return builder.build();
    }

    /** Groups tickets of any customer. */
    public static Builder builder() {
        return new Builder(null);
    }

    /** Groups the tickets of {@code customers} only: a ticket of any other customer is left out. */
    public static Builder builder(Set<CustomerKey> customers) {
        return new Builder(Set.copyOf(customers));
    }

    /** The open tickets of {@code customer}, in the order they were added; empty when it has none. */
    public List<Ticket> of(CustomerKey customer) {
        return byCustomer.getOrDefault(customer, List.of());
    }

    /** The customers with at least one open ticket, in the order their first ticket was added. */
    public Set<CustomerKey> customers() {
        return byCustomer.keySet();
    }

    /** How many open tickets, over all customers. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Every open ticket, customer after customer. */
    public List<Ticket> all() {
        List<Ticket> all = new ArrayList<>(size);
        byCustomer.values().forEach(all::addAll);
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenTickets that && byCustomer.equals(that.byCustomer);
    }

    @Override
    public int hashCode() {
        return byCustomer.hashCode();
    }

    @Override
    public String toString() {
        return "OpenTickets" + byCustomer;
    }

    /**
     * Collects tickets into their customers' groups; used once, then {@link #build built}. It notes each ticket's
     * group as it arrives (one look-up of its customer) and places the tickets group after group in one array when
     * built, so adding stays a sequential append and each group is one contiguous slice.
     */
    public static final class Builder {

        private final Set<CustomerKey> wanted;
        private final Map<CustomerKey, Group> groups = new LinkedHashMap<>();
        private Ticket[] tickets = new Ticket[16];
        private int[] groupOf = new int[16];
        private int size;
        private boolean built;

        private Builder(Set<CustomerKey> wanted) {
            this.wanted = wanted;
        }

        /**
         * Adds {@code ticket} to its customer's group, unless it is closed or (for a builder of some customers)
         * belongs to another customer. Returns whether it was added.
         */
        public boolean add(Ticket ticket) {
            Objects.requireNonNull(ticket, "ticket");
            if (built) {
                throw new IllegalStateException("These open tickets are built already; start a new builder.");
            }
            if (!ticket.isOpen()) {
                return false;
            }
            Group group = groups.get(ticket.customer());
            if (group == null) {
                if (wanted != null && !wanted.contains(ticket.customer())) {
                    return false;
                }
                group = new Group(groups.size());
                groups.put(ticket.customer(), group);
            }
            if (size == tickets.length) {
                tickets = Arrays.copyOf(tickets, size * 2);
                groupOf = Arrays.copyOf(groupOf, size * 2);
            }
            tickets[size] = ticket;
            groupOf[size] = group.index;
            group.size++;
            size++;
            return true;
        }

        public OpenTickets build() {
            if (built) {
                throw new IllegalStateException("These open tickets are built already; start a new builder.");
            }
            built = true;
            if (size == 0) {
                return NONE;
            }
            // A counting sort: each group's slice starts where the groups before it end.
            int[] next = new int[groups.size()];
            int start = 0;
            for (Group group : groups.values()) {
                next[group.index] = start;
                start += group.size;
            }
            Ticket[] byGroup = new Ticket[size];
            for (int i = 0; i < size; i++) {
                byGroup[next[groupOf[i]]++] = tickets[i];
            }
            tickets = null;
            groupOf = null;
            Map<CustomerKey, List<Ticket>> slices = new LinkedHashMap<>(groups.size() * 4 / 3 + 1);
            int from = 0;
            for (Map.Entry<CustomerKey, Group> group : groups.entrySet()) {
                slices.put(group.getKey(), new Slice(byGroup, from, from + group.getValue().size));
                from += group.getValue().size;
            }
            return new OpenTickets(Collections.unmodifiableMap(slices), size);
        }

        /** One customer's tickets: a read-only view of its part of the array all groups share. */
        private static final class Slice extends AbstractList<Ticket> implements RandomAccess {
            private final Ticket[] tickets;
            private final int from;
            private final int size;

            Slice(Ticket[] tickets, int from, int to) {
                this.tickets = tickets;
                this.from = from;
                this.size = to - from;
            }

            @Override
            public Ticket get(int index) {
                return tickets[from + Objects.checkIndex(index, size)];
            }

            @Override
            public int size() {
                return size;
            }
        }

        /** A customer's group while tickets arrive: its position among the groups and how many tickets it has. */
        private static final class Group {
            final int index;
            int size;

            Group(int index) {
                this.index = index;
            }
        }
    }
}
