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

    public TicketOverview {
        EnumMap<TicketPriority, Integer> counts = new EnumMap<>(TicketPriority.class);
        int sum = 0;
        for (Map.Entry<TicketPriority, Integer> count : openByPriority.entrySet()) {
            if (count.getValue() != 0) {
                counts.put(count.getKey(), count.getValue());
                sum += count.getValue();
            }
        }
        if (sum != openTotal) {
            throw new IllegalArgumentException("Open tickets by priority " + counts + " do not add up to " + openTotal + ".");
        }
        openByPriority = Collections.unmodifiableMap(counts);
        mostUrgent = List.copyOf(mostUrgent);
    }

    public int open(TicketPriority priority) {
        return openByPriority.getOrDefault(priority, 0);
    }
}
