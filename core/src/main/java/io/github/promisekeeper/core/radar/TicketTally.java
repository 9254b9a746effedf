package io.github.promisekeeper.core.radar;

import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

/**
 * Tallies one customer's open tickets at a time: counts per priority and the few most urgent. It runs for every
 * ticket on the radar: a first loop only counts (the processor can fetch many tickets at once), a second loop over
 * the same, now cached, tickets keeps the most urgent and decides most of them from their priority alone; the
 * buffers are reused from one customer to the next (one tally per radar, used by one thread).
 */
final class TicketTally {

    private static final TicketPriority[] PRIORITIES = TicketPriority.values();

    private final int keep;
    private final int[] counts = new int[PRIORITIES.length];
    private final Ticket[] mostUrgent;

    /** A tally that keeps the {@code keep} most urgent tickets of each customer. */
    TicketTally(int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("Keep 0 or more tickets per customer, not " + keep + ".");
        }
        this.keep = keep;
        this.mostUrgent = new Ticket[keep];
    }

    /** The overview of one customer's open {@code tickets}. */
    TicketOverview overview(List<Ticket> tickets) {
        int size = tickets.size();
        int[] count = counts;
        Arrays.fill(count, 0);
        // First loop: only counts. Nothing in it waits on the ticket before, so the processor fetches many tickets
        // from memory at once, as in a plain sum; afterwards this customer's tickets are in the cache.
        for (int i = 0; i < size; i++) {
            count[tickets.get(i).priority().ordinal()]++;
        }
        // The kept tickets all have this priority or a more urgent one: the first at which the counts reach keep.
        int cutoff = count.length - 1;
        for (int p = 0, seen = 0; p < count.length; p++) {
            seen += count[p];
            if (seen >= keep) {
                cutoff = p;
                break;
            }
        }
        Ticket[] kept = mostUrgent;
        int n = 0;
        if (keep > 0) {
            long leastUrgentUpdate = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                Ticket ticket = tickets.get(i);
                int priority = ticket.priority().ordinal();
                if (priority > cutoff
                        || (n == keep && priority == cutoff && ticket.updatedEpochSecond() < leastUrgentUpdate)) {
                    continue; // the common case, decided without touching the kept tickets
                }
                if (n == keep && !moreUrgent(ticket, kept[n - 1])) {
                    continue;
                }
                int at = n == keep ? n - 1 : n;
                if (n < keep) {
                    n++;
                }
                while (at > 0 && moreUrgent(ticket, kept[at - 1])) {
                    kept[at] = kept[at - 1];
                    at--;
                }
                kept[at] = ticket;
                leastUrgentUpdate =
                        kept[n - 1].priority().ordinal() == cutoff ? kept[n - 1].updatedEpochSecond() : Long.MIN_VALUE;
            }
        }
        EnumMap<TicketPriority, Integer> byPriority = new EnumMap<>(TicketPriority.class);
        int total = 0;
        for (int p = 0; p < count.length; p++) {
            if (count[p] > 0) {
                byPriority.put(PRIORITIES[p], count[p]);
                total += count[p];
            }
        }
        List<Ticket> listed = n == 0 ? List.of() : List.of(Arrays.copyOf(kept, n));
        Arrays.fill(kept, null);
        return new TicketOverview(total, byPriority, listed);
    }

    /** {@link TicketOverview#MOST_URGENT_FIRST} spelled out, because it runs for many tickets. */
    private static boolean moreUrgent(Ticket ticket, Ticket than) {
        int byPriority =
                Integer.compare(ticket.priority().ordinal(), than.priority().ordinal());
        if (byPriority != 0) {
            return byPriority < 0;
        }
        int bySecond = Long.compare(than.updatedEpochSecond(), ticket.updatedEpochSecond());
        if (bySecond != 0) {
            return bySecond < 0;
        }
        int byUpdate = than.updated().compareTo(ticket.updated()); // the same second: the nanoseconds decide
        return byUpdate != 0 ? byUpdate < 0 : ticket.key().compareTo(than.key()) < 0;
    }
}
