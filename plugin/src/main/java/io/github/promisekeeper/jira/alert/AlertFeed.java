package io.github.promisekeeper.jira.alert;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;

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

    /** How many alerts one read asks the store for per alert it answers, so that hidden ones leave room for others. */
    static final int READ_AHEAD = 3;

    private final AlertStore store;
    private final OpenableIssues openable;

    public AlertFeed(AlertStore store, OpenableIssues openable) {
        this.store = Objects.requireNonNull(store, "store");
        this.openable = Objects.requireNonNull(openable, "openable");
    }

    /**
     * At most {@code query.limit()} alerts matching {@code query} that the viewer may see, newest first (raised
     * later, then stored later); with {@code customers}, those about any of them (one store read per customer).
     */
    public List<StoredAlert> read(AlertQuery query, Set<CustomerKey> customers) {
        int limit = query.limit();
        AlertQuery ahead = withLimit(query, (int) Math.min(AlertQuery.MAX_LIMIT, (long) limit * READ_AHEAD));
        Map<Long, StoredAlert> found = new LinkedHashMap<>();
        if (customers.isEmpty()) {
            store.find(ahead).forEach(stored -> found.put(stored.id(), stored));
        } else {
            customers.stream()
                    .sorted()
                    .forEach(customer ->
                            store.find(ahead.of(customer)).forEach(stored -> found.put(stored.id(), stored)));
        }
        List<StoredAlert> visible = visible(List.copyOf(found.values()));
        return visible.stream().sorted(NEWEST_FIRST).limit(limit).toList();
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

    private static AlertQuery withLimit(AlertQuery query, int limit) {
        return new AlertQuery(query.since(), query.customer(), query.commitment(), query.state(), limit);
    }
}
