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
        counts.putAll(openByPriority);
        counts.values().removeIf(count -> count == 0);
        if (counts.values().stream().mapToInt(Integer::intValue).sum() != openTotal) {
            throw new IllegalArgumentException("Open tickets by priority " + counts + " do not add up to " + openTotal + ".");
        }
        openByPriority = Collections.unmodifiableMap(counts);
        mostUrgent = List.copyOf(mostUrgent);
    }

    public int open(TicketPriority priority) {
        return openByPriority.getOrDefault(priority, 0);
    }

    /** Counts tickets and keeps the {@code keep} most urgent in one pass, without sorting them all. */
    static final class Tally {
        private final int[] byPriority = new int[TicketPriority.values().length];
        private final Ticket[] top;
        private int kept;
        private int total;

        Tally(int keep) {
            this.top = new Ticket[keep];
        }

        void add(Ticket ticket) {
            total++;
            byPriority[ticket.priority().ordinal()]++;
            if (top.length == 0 || (kept == top.length && MOST_URGENT_FIRST.compare(ticket, top[kept - 1]) >= 0)) {
                return;
            }
            int at = kept == top.length ? kept - 1 : kept++;
            while (at > 0 && MOST_URGENT_FIRST.compare(ticket, top[at - 1]) < 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = ticket;
        }

        TicketOverview overview() {
            EnumMap<TicketPriority, Integer> counts = new EnumMap<>(TicketPriority.class);
            for (TicketPriority priority : TicketPriority.values()) {
                counts.put(priority, byPriority[priority.ordinal()]);
            }
            return new TicketOverview(total, counts, java.util.Arrays.asList(top).subList(0, kept));
        }
    }
}
