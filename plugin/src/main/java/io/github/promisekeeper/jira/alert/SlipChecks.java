package io.github.promisekeeper.jira.alert;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertListener;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.SlipCheck;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Commitments;
import io.github.promisekeeper.core.commitment.EpicDeliveries;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.commitment.ReadsAsSearcher;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.ticket.TicketsAsSearcher;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the slip check ({@link SlipCheck}) in Jira, for the daily job and for "check now" alike, always searching as
 * one administrator: the one who last saved the alert settings or, before anyone has, the first who ran "check
 * now" (recorded then, in the settings history). Searching as one fixed user keeps what the check sees the same
 * from run to run, so a change of viewer never looks like a slip; readers see only the alerts on commitments they
 * may browse (the REST resource filters).
 *
 * <p>The radar part of the check looks at the site's default window and basis, over all tickets, and never needs
 * money.
 */
public class SlipChecks {

    private final ReadsAsSearcher reads;
    private final TicketsAsSearcher tickets;
    private final Customers customers;
    private final AlertStore store;
    private final AlertSettingsStore alertSettings;
    private final SettingsStore settings;
    private final Supplier<List<AlertListener>> listeners;
    private final Supplier<AlertTransactionListener> inTransaction;
    private final UserManager users;
    private final Clock clock;

    public SlipChecks(
            ReadsAsSearcher reads,
            TicketsAsSearcher tickets,
            Customers customers,
            AlertStore store,
            AlertSettingsStore alertSettings,
            SettingsStore settings,
            Supplier<List<AlertListener>> listeners,
            Supplier<AlertTransactionListener> inTransaction,
            UserManager users,
            Clock clock) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.store = Objects.requireNonNull(store, "store");
        this.alertSettings = Objects.requireNonNull(alertSettings, "alert settings");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.inTransaction = Objects.requireNonNull(inTransaction, "in-transaction listener");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whom the check searches as: the recorded administrator, empty when none is recorded or they are gone. The
     * mail side reads the issues it mails about as the same user, since its jobs have no logged-in user either.
     */
    public Optional<ApplicationUser> searcher() {
        return alertSettings.runAs().map(users::getUserByKey);
    }

    /** The scheduled check, as the recorded administrator; empty when none is recorded or they are gone. */
    public Optional<AlertChanges> runScheduled() {
        return searcher().map(this::runAs);
    }

    /**
     * "Check now" by {@code administrator}: as the recorded administrator when there is one, else as {@code
     * administrator}, who is then recorded (with {@code change} in the settings history).
     */
    public AlertChanges runNow(ApplicationUser administrator, Change change) {
        Optional<ApplicationUser> recorded = alertSettings.runAs().map(users::getUserByKey);
        if (recorded.isPresent()) {
            return runAs(recorded.get());
        }
        alertSettings.save(alertSettings.current(), administrator.getKey(), change);
        return runAs(administrator);
    }

    /**
     * The check searching as {@code searcher} (null for anonymous), recording no one: for a caller that chooses
     * whom to search as itself, such as the preview's start-up check over its demo Jira.
     */
    public AlertChanges runAs(ApplicationUser searcher) {
        Commitments commitments = reads.commitments(searcher);
        EpicDeliveries epics = reads.epics(searcher);
        PromiseKeeperSettings site = settings.current();
        SlipCheck check = new SlipCheck(
                new CommitmentHealthCheck(commitments, epics, customers, clock),
                new RenewalRadar(customers, tickets.tickets(searcher), commitments, epics, clock),
                store,
                inTransaction.get(),
                listeners.get(),
                clock);
        return check.run(
                alertSettings.current(),
                site.radarSettings(),
                new RadarRequest(site.defaultDays(), site.basis(), Scope.all(), false));
    }
}
