package io.github.promisekeeper.core.alert;

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
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The slip check reads through the one health use case and the radar, stores once, then tells its listeners. */
class SlipCheckTest {

    private static final LocalDate DAY1 = LocalDate.parse("2027-02-01");
    private static final CustomerKey ACME = CustomerKey.of("ACME");
    private static final IssueKey SSO = IssueKey.of("SSO-1");
    private static final RadarSettings RADAR = RadarSettings.defaults(ExchangeRates.only("USD"));
    private static final RadarRequest WINDOW = new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), false);

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryAlertStore store = new InMemoryAlertStore();
    private final List<String> heard = new ArrayList<>();

    SlipCheckTest() {
        customers.save(new Customer(
                ACME,
                "Acme Inc",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(
                        "C-1", null, LocalDate.parse("2027-09-30"), null, 30, true, ContractStatus.ACTIVE))));
    }

    @Test
    void anEpicDueAfterThePromiseWorsensHealthOnceAndTheListenersHearAfterTheStore() {
        InMemoryCommitments before = jira("2027-02-20");
        InMemoryCommitments after = jira("2027-03-10");

        AlertChanges baseline = check(before, DAY1).run(AlertSettings.DEFAULTS, RADAR, WINDOW);
        AlertChanges slipped = check(after, DAY1.plusDays(1)).run(AlertSettings.DEFAULTS, RADAR, WINDOW);
        AlertChanges again = check(after, DAY1.plusDays(1)).run(AlertSettings.DEFAULTS, RADAR, WINDOW);

        assertThat(baseline.raised()).isEmpty();
        assertThat(slipped.raised())
                .extracting(stored -> stored.alert().kind())
                .containsExactlyInAnyOrder(AlertKind.HEALTH_WORSENED, AlertKind.EPIC_DUE_PAST_PROMISE);
        assertThat(again.isEmpty()).isTrue();
        // The baseline stored states but raised nothing: only the slip is heard, inside the store first.
        assertThat(heard).containsExactly("storing 2", "stored 2");
    }

    @Test
    void twoChecksAtOnceStoreEachAlertOnce() throws Exception {
        check(jira("2027-02-20"), DAY1).run(AlertSettings.DEFAULTS, RADAR, WINDOW);
        InMemoryCommitments after = jira("2027-03-10");
        CountDownLatch start = new CountDownLatch(1);
        Callable<AlertChanges> oneNode = () -> {
            start.await();
            return check(after, DAY1.plusDays(1)).run(AlertSettings.DEFAULTS, RADAR, WINDOW);
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<AlertChanges> first = nodes.submit(oneNode);
            Future<AlertChanges> second = nodes.submit(oneNode);
            start.countDown();

            assertThat(first.get().raised().size() + second.get().raised().size())
                    .isEqualTo(2);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(store.find(AlertQuery.all(100))).hasSize(2);
    }

    @Test
    void aCheckThatKeepsLosingToOthersGivesUp() {
        AlertStore alwaysLosing = new AlertStore() {
            @Override
            public Map<IssueKey, CommitmentState> findCommitmentStates() {
                return store.findCommitmentStates();
            }

            @Override
            public Map<CustomerKey, CustomerState> findCustomerStates() {
                return store.findCustomerStates();
            }

            @Override
            public List<StoredAlert> find(AlertQuery query) {
                return store.find(query);
            }

            @Override
            public List<StoredAlert> findOpen() {
                return store.findOpen();
            }

            @Override
            public AlertChanges store(AlertUpdate update, AlertTransactionListener inTransaction) {
                heard.add("attempt");
                throw new AlertConflictException("another node was first");
            }
        };
        InMemoryCommitments jira = jira("2027-02-20");
        SlipCheck check = new SlipCheck(
                new CommitmentHealthCheck(jira, jira, customers, clock(DAY1)),
                new RenewalRadar(customers, tickets, jira, jira, clock(DAY1)),
                alwaysLosing,
                AlertTransactionListener.NONE,
                List.of(changes -> heard.add("stored")),
                clock(DAY1));

        assertThatThrownBy(() -> check.run(AlertSettings.DEFAULTS, RADAR, WINDOW))
                .isInstanceOf(AlertConflictException.class);
        assertThat(heard).containsExactly("attempt", "attempt", "attempt");
    }

    private SlipCheck check(InMemoryCommitments jira, LocalDate today) {
        Clock clock = clock(today);
        return new SlipCheck(
                new CommitmentHealthCheck(jira, jira, customers, clock),
                new RenewalRadar(customers, tickets, jira, jira, clock),
                store,
                changes -> heard.add("storing " + changes.raised().size()),
                List.of(changes -> heard.add("stored " + changes.raised().size())),
                clock);
    }

    private static InMemoryCommitments jira(String epicDue) {
        return new InMemoryCommitments()
                .add(new Commitment(
                        IssueKey.of("SC-1"),
                        ACME,
                        "Single sign-on",
                        LocalDate.parse("2027-03-01"),
                        "jane",
                        Optional.empty(),
                        Optional.empty(),
                        List.of(SSO)))
                .add(EpicDelivery.open(SSO, "SSO", 4, List.of(), LocalDate.parse(epicDue)));
    }

    private static Clock clock(LocalDate today) {
        return Clock.fixed(today.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
