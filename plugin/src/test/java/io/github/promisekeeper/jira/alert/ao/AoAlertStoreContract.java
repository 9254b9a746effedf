package io.github.promisekeeper.jira.alert.ao;

import io.github.promisekeeper.ao.embedded.AoDatabase;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertListener;
import io.github.promisekeeper.core.alert.AlertQuery;
import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.SlipCheck;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.InMemoryCommitments;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.InMemoryTickets;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link AlertStore} contract on a real database through Active Objects 6.1.1, and the cluster case: two
 * nodes (two entity managers on one database) running the check at once store each alert once.
 */
abstract class AoAlertStoreContract extends AlertStoreContract {

    private static final int COMMITMENTS = 20;
    private static final CustomerKey ACME = CustomerKey.of("ACME");

    private TestDatabase.Jdbc jdbc;
    protected EntityManagerActiveObjects ao;

    protected abstract TestDatabase database();

    @Override
    protected AlertStore emptyStore() {
        ao = new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(DataModel.entities());
        jdbc = null;
        return new AoAlertStore(ao);
    }

    @Test
    void tablesCarryTheAtlassianPrefix() {
        assertThat(ao.entityManager().getTableNameConverter().getName(AlertEntity.class))
                .isEqualTo(TestDatabase.tablePrefix() + "SLIP_ALERT");
    }

    @Test
    void twoNodesCheckingAtOnceRaiseEachAlertOnce() throws Exception {
        AlertStore nodeA = node();
        AlertStore nodeB = node();
        InMemoryCustomers customers = new InMemoryCustomers();
        customers.save(new Customer(
                ACME,
                "Acme",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1", null, LocalDate.parse("2027-09-30"), null, 30, true, ContractStatus.ACTIVE))));
        check(nodeA, jira("2027-02-20"), customers, DAY1, changes -> {}).run(AlertSettings.DEFAULTS, RADAR, WINDOW);

        InMemoryCommitments slipped = jira("2027-03-10");
        List<AlertChanges> heard = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        Callable<AlertChanges> onA = () -> {
            start.await();
            return check(nodeA, slipped, customers, DAY1.plusDays(1), heard::add)
                    .run(AlertSettings.DEFAULTS, RADAR, WINDOW);
        };
        Callable<AlertChanges> onB = () -> {
            start.await();
            return check(nodeB, slipped, customers, DAY1.plusDays(1), heard::add)
                    .run(AlertSettings.DEFAULTS, RADAR, WINDOW);
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        AlertChanges a;
        AlertChanges b;
        try {
            Future<AlertChanges> onNodeA = nodes.submit(onA);
            Future<AlertChanges> onNodeB = nodes.submit(onB);
            start.countDown();
            a = onNodeA.get();
            b = onNodeB.get();
        } finally {
            nodes.shutdownNow();
        }

        // Each commitment worsened and its epic's due date passed the promise: two alerts each, stored once.
        List<StoredAlert> stored = store.find(AlertQuery.all(1000));
        assertThat(stored).hasSize(2 * COMMITMENTS);
        assertThat(stored).extracting(s -> s.alert().dedupeKey()).doesNotHaveDuplicates();
        assertThat(a.raised().size() + b.raised().size()).isEqualTo(2 * COMMITMENTS);
        assertThat(heard).flatExtracting(AlertChanges::raised).hasSize(2 * COMMITMENTS);
    }

    private static final RadarSettings RADAR = RadarSettings.defaults(ExchangeRates.only("USD"));
    private static final RadarRequest WINDOW = new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), false);

    /** Another node on the same database: its own entity manager and connections. */
    private AlertStore node() {
        if (jdbc == null) {
            jdbc = database().jdbc();
            EntityManagerActiveObjects first = nodeOn(jdbc);
            first.migrate(DataModel.entities());
            store = new AoAlertStore(first);
            return store;
        }
        return new AoAlertStore(nodeOn(jdbc));
    }

    private static EntityManagerActiveObjects nodeOn(TestDatabase.Jdbc jdbc) {
        return new EntityManagerActiveObjects(
                new AoDatabase(jdbc.url(), jdbc.user(), jdbc.password()).entityManager(TestDatabase.AO_NAMESPACE));
    }

    private static SlipCheck check(
            AlertStore store,
            InMemoryCommitments jira,
            InMemoryCustomers customers,
            LocalDate today,
            AlertListener heard) {
        Clock clock = Clock.fixed(today.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new SlipCheck(
                new CommitmentHealthCheck(jira, jira, customers, clock),
                new RenewalRadar(customers, new InMemoryTickets(), jira, jira, clock),
                store,
                AlertTransactionListener.NONE,
                List.of(heard),
                clock);
    }

    private static InMemoryCommitments jira(String epicDue) {
        InMemoryCommitments jira = new InMemoryCommitments();
        IntStream.rangeClosed(1, COMMITMENTS).forEach(n -> {
            IssueKey epic = IssueKey.of("SSO-" + n);
            jira.add(new Commitment(
                            IssueKey.of("SC-" + n),
                            ACME,
                            "Promise " + n,
                            LocalDate.parse("2027-03-01"),
                            "jane",
                            Optional.empty(),
                            Optional.empty(),
                            List.of(epic)))
                    .add(EpicDelivery.open(epic, "Epic " + n, 4, List.of(), LocalDate.parse(epicDue)));
        });
        return jira;
    }
}
