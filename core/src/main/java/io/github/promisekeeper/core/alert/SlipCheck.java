package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RadarReport;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The slip check use case, for the daily job and the administrators' "check now" alike: read every open
 * commitment with its health (the one health use case) and the radar window (the radar), compare them with what
 * the previous check recorded ({@link SlipRules}), store the update in one transaction (the in-transaction
 * listener hears of it there) and, once committed, tell the listeners. Reads are batched: the open commitments in
 * one call, their customers in one, the epics of each slice of {@value #SLICE} commitments in one, and the radar
 * reads each of its ports once; never one read per commitment.
 *
 * <p>When another check stored the same transition first (another node, or a click while the job runs), the store
 * rolls back and this check reads the record again and compares once more: it then finds the other check's
 * states and raises nothing twice.
 */
public final class SlipCheck {

    /** How often a check compares again after another check stored the same transition first. */
    static final int ATTEMPTS = 3;

    /** Commitments judged at a time: their epics are read in one call, which reads a bounded number of epics. */
    static final int SLICE = 500;

    private final CommitmentHealthCheck health;
    private final RenewalRadar radar;
    private final AlertStore store;
    private final AlertTransactionListener inTransaction;
    private final List<AlertListener> listeners;
    private final Clock clock;

    public SlipCheck(
            CommitmentHealthCheck health,
            RenewalRadar radar,
            AlertStore store,
            AlertTransactionListener inTransaction,
            List<AlertListener> listeners,
            Clock clock) {
        this.health = Objects.requireNonNull(health, "health");
        this.radar = Objects.requireNonNull(radar, "radar");
        this.store = Objects.requireNonNull(store, "store");
        this.inTransaction = Objects.requireNonNull(inTransaction, "in-transaction listener");
        this.listeners = List.copyOf(listeners);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks every open commitment and the customers in {@code window} now, with {@code settings}; answers what it
     * raised and resolved (nothing when another check had already stored it).
     *
     * @throws AlertConflictException when other checks kept storing first, {@value #ATTEMPTS} times in a row
     */
    public AlertChanges run(AlertSettings settings, RadarSettings radarSettings, RadarRequest window) {
        SlipObservation now = observe(radarSettings, window);
        SlipRules rules = new SlipRules(settings);
        AlertConflictException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SlipRecord before =
                    new SlipRecord(store.findCommitmentStates(), store.findCustomerStates(), store.findOpen());
            AlertUpdate update = rules.compare(before, now);
            if (update.isEmpty()) {
                return AlertChanges.none();
            }
            AlertChanges changes;
            try {
                changes = store.store(update, inTransaction);
            } catch (AlertConflictException conflict) {
                last = conflict;
                continue;
            }
            if (!changes.isEmpty()) {
                listeners.forEach(listener -> listener.alertsStored(changes));
            }
            return changes;
        }
        throw last;
    }

    private SlipObservation observe(RadarSettings radarSettings, RadarRequest window) {
        LocalDate today = LocalDate.now(clock);
        CommitmentHealthReport open = health.open(radarSettings.forecasting(), SLICE);
        RadarReport report = radar.look(window, radarSettings);
        Map<CustomerKey, RadarEntry> entries = new LinkedHashMap<>();
        report.entries().forEach(entry -> entries.put(entry.customer(), entry));
        return new SlipObservation(open, entries, today);
    }
}
