package io.github.promisekeeper.jira.alert;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The alerts a viewer sees in Jira (the REST list, the dashboard item's and the commitment panel's "What changed"):
 * read from the {@link AlertStore}, newest first, keeping only those the viewer may see. An alert about a
 * commitment shows only if they may open that commitment, and one that names a delivering epic (a forecast or due
 * date that moved, an epic unlinked) only if they may open that epic too: its reason names the epic and its dates,
 * which a project or security level may be hiding, so it is left out whole — neither named nor counted, as the
 * panels leave out such epics. Alerts about a customer only show to every reader, as customers do.
 */
public final class AlertFeed {

    /** How many alerts the first read asks the store for per alert it answers, so that hidden ones leave room. */
    static final int READ_AHEAD = 3;

    /**
     * The most stored alerts one {@link #read} goes through, over all its pages and customers: a viewer hidden from
     * nearly every alert costs at most this many rows and one Jira search per 500 keys of each page, and then gets
     * fewer alerts than asked for rather than a read of the whole table.
     */
    static final int MAX_SCANNED = 10_000;

    private final AlertStore store;
    private final OpenableIssues openable;
    private final int maxScanned;

    public AlertFeed(AlertStore store, OpenableIssues openable) {
        this(store, openable, MAX_SCANNED);
    }

    AlertFeed(AlertStore store, OpenableIssues openable, int maxScanned) {
        this.store = Objects.requireNonNull(store, "store");
        this.openable = Objects.requireNonNull(openable, "openable");
        if (maxScanned < 1) {
            throw new IllegalArgumentException("Read at least one alert, not " + maxScanned + ".");
        }
        this.maxScanned = maxScanned;
    }

    /**
     * At most {@code query.limit()} alerts matching {@code query} that the viewer may see, newest first (raised
     * later, then stored later); with {@code customers}, those about any of them (read customer by customer). Hidden
     * alerts do not use up the limit: the store is read on, page after page, until the limit is reached, the alerts
     * run out, or {@value #MAX_SCANNED} rows have been read.
     */
    public List<StoredAlert> read(AlertQuery query, Set<CustomerKey> customers) {
        int limit = query.limit();
        Budget budget = new Budget(maxScanned);
        Map<Long, StoredAlert> found = new LinkedHashMap<>();
        if (customers.isEmpty()) {
            readOn(query, budget).forEach(stored -> found.put(stored.id(), stored));
        } else {
            customers.stream()
                    .sorted()
                    .forEach(customer ->
                            readOn(query.of(customer), budget).forEach(stored -> found.put(stored.id(), stored)));
        }
        return found.values().stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** Up to {@code query.limit()} visible alerts of {@code query}, reading page after page within {@code budget}. */
    private List<StoredAlert> readOn(AlertQuery query, Budget budget) {
        int wanted = query.limit();
        int page = (int) Math.min(AlertQuery.MAX_LIMIT, (long) wanted * READ_AHEAD);
        List<StoredAlert> visible = new ArrayList<>();
        AlertQuery next = query;
        while (visible.size() < wanted && budget.left > 0) {
            int asked = Math.min(page, budget.left);
            List<StoredAlert> read = store.find(next.limit(asked));
            budget.left -= read.size();
            visible.addAll(visible(read));
            if (read.size() < asked) {
                break; // the end of the alerts
            }
            next = query.before(read.getLast().id());
            // Past the first page most alerts are hidden from this viewer: read on in the largest pages.
            page = AlertQuery.MAX_LIMIT;
        }
        return visible;
    }

    /** The alerts of {@code alerts} the viewer may see, in the same order. */
    public List<StoredAlert> visible(List<StoredAlert> alerts) {
        Set<IssueKey> named = new HashSet<>();
        alerts.forEach(stored -> named.addAll(issuesNamed(stored.alert())));
        Set<IssueKey> mayOpen = named.isEmpty() ? Set.of() : openable.openable(named);
        return alerts.stream()
                .filter(stored -> mayOpen.containsAll(issuesNamed(stored.alert())))
                .toList();
    }

    private static final Comparator<StoredAlert> NEWEST_FIRST = Comparator.comparing(
                    (StoredAlert stored) -> stored.alert().raisedOn())
            .thenComparingLong(StoredAlert::id)
            .reversed();

    /** The issues an alert names: its commitment and the delivering epic in its facts. */
    private static Set<IssueKey> issuesNamed(Alert alert) {
        Set<IssueKey> keys = new HashSet<>();
        alert.commitment().ifPresent(keys::add);
        alert.facts().epic().ifPresent(keys::add);
        return keys;
    }

    /** How many more stored alerts one read may go through. */
    private static final class Budget {
        int left;

        Budget(int left) {
            this.left = left;
        }
    }
}
