package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A customer's open tickets: how many per priority (most urgent first) and the few most urgent, most recently updated first. */
public record TicketOverview(int openTotal, Map<TicketPriority, Integer> openByPriority, List<Ticket> mostUrgent) {

    /** Most urgent priority first, then most recently updated, then by key: a total, deterministic order. */
    public static final Comparator<Ticket> MOST_URGENT_FIRST = Comparator.comparing(Ticket::priority)
            .thenComparing(Ticket::updated, Comparator.reverseOrder())
            .thenComparing(Ticket::key);

    private static final TicketPriority[] PRIORITIES = TicketPriority.values();

    public TicketOverview {
        EnumMap<TicketPriority, Integer> counts = new EnumMap<>(TicketPriority.class);
        int sum = 0;
        for (TicketPriority priority : PRIORITIES) {
            Integer count = openByPriority.get(priority);
            if (count != null && count != 0) {
                counts.put(priority, count);
                sum += count;
            }
        }
        if (sum != openTotal) {
            throw new IllegalArgumentException(
                    "Open tickets by priority " + counts + " do not add up to " + openTotal + ".");
        }
        openByPriority = Collections.unmodifiableMap(counts);
        mostUrgent = List.copyOf(mostUrgent);
    }

    public int open(TicketPriority priority) {
        return openByPriority.getOrDefault(priority, 0);
    }
}
