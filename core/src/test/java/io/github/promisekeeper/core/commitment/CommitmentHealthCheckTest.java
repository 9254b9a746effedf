package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.promisekeeper.core.commitment.Fixtures.TODAY;
import static io.github.promisekeeper.core.commitment.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CommitmentHealthCheckTest {

    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final CustomerKey ACME = CustomerKey.of("ACME");
    private static final CustomerKey GLOBEX = CustomerKey.of("GLOBEX");
    private static final IssueKey SSO = IssueKey.of("SSO-1");
    private static final IssueKey AUDIT = IssueKey.of("AUD-3");

    private final InMemoryCommitments jira = new InMemoryCommitments();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final CommitmentHealthCheck check = new CommitmentHealthCheck(jira, jira, customers, CLOCK);

    @Test
    void judgesTheCommitmentsOfCustomersAgainstTheirRenewalReadingEveryEpicInOneCall() {
        customers.save(renewingOn("ACME", "2027-03-20", 30));
        jira.add(promise("SC-1", ACME, "2027-03-01", SSO))
                .add(promise("SC-2", GLOBEX, "2027-03-01", AUDIT))
                .add(EpicDelivery.open(SSO, "SSO", 5, List.of(), date("2027-03-05")))
                .add(EpicDelivery.open(AUDIT, "Audit", 5, List.of(), date("2027-03-05")));

        CommitmentHealthReport report = check.ofCustomers(Set.of(ACME, GLOBEX), ThroughputForecast.DEFAULT);

        // ACME's notice deadline (18 Feb) falls before the epic is due; GLOBEX is not a known customer, so no renewal.
        assertThat(report.commitments())
                .extracting(health -> health.commitment().key().toString(), CommitmentHealth::health)
                .containsExactlyInAnyOrder(tuple("SC-1", Health.BREACHES_RENEWAL), tuple("SC-2", Health.AT_RISK));
        assertThat(report.customers()).containsOnlyKeys(ACME);
        assertThat(report.total()).isEqualTo(2);
        assertThat(jira.calls()).isEqualTo(2); // the commitments, then all their epics
    }

    @Test
    void readsMoreEpicsThanOneCallTakesInSlicesOfWhatTheAdapterReadsAtOnce() {
        int promises = 3_000; // two epics each: 6,000 epics, more than one findByKeys call takes
        for (int i = 1; i <= promises; i++) {
            IssueKey first = IssueKey.of("EP-" + (2 * i - 1));
            IssueKey second = IssueKey.of("EP-" + (2 * i));
            jira.add(promise("SC-" + i, ACME, "2027-06-01", first, second))
                    .add(EpicDelivery.open(first, "First", 1, List.of(), null))
                    .add(EpicDelivery.open(second, "Second", 1, List.of(), null));
        }

        CommitmentHealthReport report = check.ofCustomers(Set.of(ACME), ThroughputForecast.DEFAULT);

        assertThat(report.commitments())
                .hasSize(promises)
                .allSatisfy(health -> assertThat(health.epics()).hasSize(2));
        // The commitments, then 6,000 epics in slices of 2,500: three calls.
        assertThat(jira.calls()).isEqualTo(1 + 3);
    }

    @Test
    void forecastsWithTheSettingsItIsGiven() {
        // Two children resolved in the last six weeks: too few for the default forecast (3), enough for a site asking
        // 2.
        jira.add(promise("SC-1", ACME, "2027-06-01", SSO))
                .add(EpicDelivery.open(SSO, "SSO", 6, List.of(date("2027-01-20"), date("2027-01-25")), null));

        CommitmentHealth byDefault = check.ofCustomers(Set.of(ACME), ThroughputForecast.DEFAULT)
                .commitments()
                .get(0);
        CommitmentHealth bySite = check.ofCustomers(Set.of(ACME), new ThroughputForecast(6, 2))
                .commitments()
                .get(0);

        assertThat(byDefault.epics().get(0).forecast().completion()).isEmpty();
        assertThat(bySite.epics().get(0).forecast().completion()).isPresent();
    }

    @Test
    void showsTheSoonestOpenCommitmentsOfACustomerAndCountsThemAll() {
        Customer acme = renewingOn("ACME", "2027-12-01", 30);
        jira.add(promise("SC-3", ACME, "2027-05-01", SSO))
                .add(promise("SC-1", ACME, "2027-04-01"))
                .add(promise("SC-2", ACME, "2027-04-01"))
                .add(promise("SC-9", GLOBEX, "2027-03-01"));

        CommitmentHealthReport report = check.openOf(acme, 2, ThroughputForecast.DEFAULT);

        assertThat(report.commitments())
                .extracting(health -> health.commitment().key().toString())
                .containsExactly("SC-1", "SC-2");
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.commitments()).extracting(CommitmentHealth::health).containsOnly(Health.NO_DELIVERY_PLAN);
    }

    @Test
    void judgesWhatAnEpicDeliversWithItsCustomersReadInOneCall() {
        customers.save(renewingOn("ACME", "2027-03-20", 30));
        customers.save(renewingOn("GLOBEX", "2027-12-01", 30));
        jira.add(promise("SC-1", ACME, "2027-03-01", SSO))
                .add(promise("SC-2", GLOBEX, "2027-03-01", SSO))
                .add(promise("SC-3", GLOBEX, "2027-03-01", AUDIT))
                .add(EpicDelivery.open(SSO, "SSO", 5, List.of(), date("2027-03-05")));

        CommitmentHealthReport report = check.deliveredBy(SSO, ThroughputForecast.DEFAULT);

        assertThat(report.commitments())
                .extracting(CommitmentHealth::health)
                .containsExactly(Health.BREACHES_RENEWAL, Health.AT_RISK);
        assertThat(report.customers()).containsOnlyKeys(ACME, GLOBEX);
    }

    @Test
    void judgesOneCommitmentAgainstItsCustomersRenewal() {
        customers.save(renewingOn("ACME", "2027-03-20", 30));
        jira.add(EpicDelivery.open(SSO, "SSO", 5, List.of(), date("2027-03-05")));

        CommitmentHealthReport report = check.of(promise("SC-1", ACME, "2027-03-01", SSO), ThroughputForecast.DEFAULT);

        assertThat(report.commitments()).extracting(CommitmentHealth::health).containsExactly(Health.BREACHES_RENEWAL);
        assertThat(report.customers()).containsOnlyKeys(ACME);
    }

    @Test
    void asksNoPortWhenThereIsNothingToJudge() {
        assertThat(check.ofCustomers(Set.of(), ThroughputForecast.DEFAULT)).isEqualTo(CommitmentHealthReport.none());
        assertThat(check.ofCustomers(Map.of(), ThroughputForecast.DEFAULT)).isEqualTo(CommitmentHealthReport.none());
        assertThat(check.open(ThroughputForecast.DEFAULT)).isEqualTo(CommitmentHealthReport.none());
        assertThat(jira.calls()).isEqualTo(1); // only the open commitments were asked for
    }

    private static Commitment promise(String key, CustomerKey customer, String promised, IssueKey... epics) {
        return new Commitment(
                IssueKey.of(key),
                customer,
                "Promise " + key,
                date(promised),
                "jane",
                Optional.empty(),
                Optional.empty(),
                List.of(epics));
    }

    private static Customer renewingOn(String key, String renewal, int noticeDays) {
        return new Customer(
                CustomerKey.of(key),
                key + " Inc",
                null,
                Set.of(),
                null,
                null,
                List.of(new Contract(key + "-1", null, date(renewal), null, noticeDays, true, ContractStatus.ACTIVE)));
    }
}
