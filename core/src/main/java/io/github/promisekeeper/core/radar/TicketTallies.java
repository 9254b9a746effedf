package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

/**
 * The open tickets of a radar's customers, tallied in one pass: counts per priority and the few most
 * urgent per customer. It sits on the radar's hot path (every ticket of every customer), so it keeps its
 * state in flat arrays indexed by customer position rather than in a map of small objects.
 */
final class TicketTallies {

    private static final int PRIORITIES = TicketPriority.values().length;

    private final CustomerKey[] slots;
    private final int[] customerAtSlot;
    private final int mask;
    private final int shift;
    private final int keep;
    private final int[] counts;
    private final Ticket[] mostUrgent;
    private final int[] kept;
    private final int[] leastUrgentKept;
    private final long[] leastUrgentUpdate;

    /** Tallies for {@code customers} (position i is customer i), keeping the {@code keep} most urgent tickets of each. */
    TicketTallies(List<CustomerKey> customers, int keep) {
        int capacity = Integer.highestOneBit(Math.max(4, customers.size() * 3)) << 1;
        this.slots = new CustomerKey[capacity];
        this.customerAtSlot = new int[capacity];
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (int i = 0; i < customers.size(); i++) {
            int slot = slotOf(customers.get(i));
            if (slots[slot] == null) {
                slots[slot] = customers.get(i);
                customerAtSlot[slot] = i;
            }
        }
        this.keep = keep;
        this.counts = new int[customers.size() * PRIORITIES];
        this.mostUrgent = new Ticket[customers.size() * keep];
        this.kept = new int[customers.size()];
        this.leastUrgentKept = new int[customers.size()];
        this.leastUrgentUpdate = new long[customers.size()];
        Arrays.fill(leastUrgentKept, Integer.MAX_VALUE);
    }

    /** The position of {@code customer}, or -1 when it is not on the radar. */
    int indexOf(CustomerKey customer) {
        int slot = slotOf(customer);
        return slots[slot] == null ? -1 : customerAtSlot[slot];
    }

    void addAll(List<Ticket> tickets) {
        for (Ticket ticket : tickets) {
            int customer = indexOf(ticket.customer());
            if (customer >= 0 && ticket.isOpen()) {
                add(customer, ticket);
            }
        }
    }

    private void add(int customer, Ticket ticket) {
        int priority = ticket.priority().ordinal();
        counts[customer * PRIORITIES + priority]++;
        int first = customer * keep;
        int n = kept[customer];
        if (n == keep && (keep == 0 || priority > leastUrgentKept[customer]
                || (priority == leastUrgentKept[customer] && ticket.updated().getEpochSecond() < leastUrgentUpdate[customer])
                || !moreUrgent(ticket, mostUrgent[first + n - 1]))) {
            return; // the common case, decided from the priority and update time without touching the kept tickets
        }
        int at = n == keep ? n - 1 : n;
        if (n < keep) {
            kept[customer] = ++n;
        }
        while (at > 0 && moreUrgent(ticket, mostUrgent[first + at - 1])) {
            mostUrgent[first + at] = mostUrgent[first + at - 1];
            at--;
        }
        mostUrgent[first + at] = ticket;
        leastUrgentKept[customer] = mostUrgent[first + n - 1].priority().ordinal();
        leastUrgentUpdate[customer] = mostUrgent[first + n - 1].updated().getEpochSecond();
    }

    /** {@link TicketOverview#MOST_URGENT_FIRST} spelled out, because it runs for many tickets. */
    private static boolean moreUrgent(Ticket ticket, Ticket than) {
        int byPriority = Integer.compare(ticket.priority().ordinal(), than.priority().ordinal());
        if (byPriority != 0) {
            return byPriority < 0;
        }
        int byUpdate = than.updated().compareTo(ticket.updated());
        return byUpdate != 0 ? byUpdate < 0 : ticket.key().compareTo(than.key()) < 0;
    }

    TicketOverview overview(int customer) {
        EnumMap<TicketPriority, Integer> byPriority = new EnumMap<>(TicketPriority.class);
        int total = 0;
        for (TicketPriority priority : TicketPriority.values()) {
            int count = counts[customer * PRIORITIES + priority.ordinal()];
            byPriority.put(priority, count);
            total += count;
        }
        int first = customer * keep;
        return new TicketOverview(total, byPriority, Arrays.asList(mostUrgent).subList(first, first + kept[customer]));
    }

    /** Open addressing with linear probing; stops at the customer's own slot or an empty one. */
    private int slotOf(CustomerKey customer) {
        // Fibonacci hashing spreads the near-consecutive hashes of keys such as C1, C2, C3 over the table.
        int slot = (customer.hashCode() * 0x9E3779B9) >>> shift;
        while (slots[slot] != null && slots[slot] != customer && !slots[slot].equals(customer)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
