package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RadarReport;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.scorecard.PromiseScorecard;
import io.github.promisekeeper.core.scorecard.Scorecard;
import io.github.promisekeeper.core.scorecard.ScorecardPeriod;
import io.github.promisekeeper.core.scorecard.ScorecardRequest;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.jira.ticket.InvalidScopeException;
import io.github.promisekeeper.preview.DemoPortfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoJiraTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ZoneId ZONE = ZoneOffset.UTC;

    @ParameterizedTest(name = "seed {0}, today {1}")
    @CsvSource({"7, 2026-12-01", "7, 2027-03-15", "1, 2026-12-01", "42, 2026-06-30"})
    void theDefaultRadarShowsEveryRiskLevelAndEveryCommitmentHealth(long seed, LocalDate today) {
        List<Customer> customers = DemoPortfolio.customers(seed, today);
        DemoJira jira = DemoJira.generate(seed, today, ZONE, customers, 12 * customers.size());

        RadarReport report = radar(jira, customers, today)
                .look(
                        new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), true),
                        RadarSettings.defaults(ExchangeRates.only("USD")));

        assertThat(report.entries().stream().map(RadarEntry::risk).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RiskLevel.values());
        Set<Health> shown = report.entries().stream()
                .flatMap(entry -> entry.commitments().stream())
                .map(health -> health.health())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Health.class)));
        assertThat(shown).containsExactlyInAnyOrder(Health.values());
    }

    @Test
    void theSameSeedDayAndCustomersGiveTheSameDemoAndAnotherSeedAnotherOne() {
        List<Customer> customers = DemoPortfolio.customers(7, TODAY);
        DemoJira one = DemoJira.generate(7, TODAY, ZONE, customers, 300);
        DemoJira again = DemoJira.generate(7, TODAY, ZONE, customers, 300);
        DemoJira other = DemoJira.generate(8, TODAY, ZONE, customers, 300);
        Set<CustomerKey> everyone = customers.stream().map(Customer::key).collect(Collectors.toSet());

        assertThat(new PreviewTickets(again).openFor(everyone, Scope.all()))
                .isEqualTo(new PreviewTickets(one).openFor(everyone, Scope.all()));
        assertThat(again.commitments()).isEqualTo(one.commitments());
        assertThat(again.epics()).isEqualTo(one.epics());
        assertThat(new PreviewTickets(other).openFor(everyone, Scope.all()))
                .isNotEqualTo(new PreviewTickets(one).openFor(everyone, Scope.all()));
    }

    @Test
    void ticketsHavePrioritiesStatusesTypesAndDatesAndOnlyOpenOnesAreReturned() {
        List<Customer> customers = DemoPortfolio.customers(7, TODAY);
        DemoJira jira = DemoJira.generate(7, TODAY, ZONE, customers, 1_000);
        List<Ticket> open = new PreviewTickets(jira)
                .openFor(customers.stream().map(Customer::key).collect(Collectors.toSet()), Scope.all())
                .all();

        assertThat(jira.ticketCount()).isEqualTo(1_000);
        assertThat(open).isNotEmpty().hasSizeLessThan(1_000).allMatch(Ticket::isOpen);
        assertThat(open.stream().map(Ticket::priority).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(open.stream().map(Ticket::type).distinct().count()).isEqualTo(4);
        assertThat(open)
                .allMatch(t -> !t.updated().isBefore(t.created())
                        && t.created().isBefore(TODAY.atStartOfDay(ZONE).toInstant()));
    }

    @Test
    void aProjectScopeSelectsThatProjectsTicketsAndAnyOtherJqlIsRefusedAsJiraWould() {
        List<Customer> customers = DemoPortfolio.customers(7, TODAY);
        PreviewTickets tickets = new PreviewTickets(DemoJira.generate(7, TODAY, ZONE, customers, 1_000));
        Set<CustomerKey> everyone = customers.stream().map(Customer::key).collect(Collectors.toSet());

        assertThat(tickets.openFor(everyone, Scope.jql("project = ENG")).all())
                .isNotEmpty()
                .allMatch(t -> t.key().project().equals("ENG"));
        assertThat(tickets.openFor(everyone, Scope.jql("PROJECT in (\"sup\", ENG)"))
                        .all())
                .hasSameSizeAs(tickets.openFor(everyone, Scope.all()).all());
        assertThat(tickets.openFor(everyone, Scope.project("SUP")).all())
                .isNotEmpty()
                .allMatch(t -> t.key().project().equals("SUP"));
        assertThatThrownBy(() -> tickets.openFor(everyone, Scope.jql("assignee = currentUser()")))
                .isInstanceOf(InvalidScopeException.class)
                .hasMessageContaining("project = KEY");
        assertThatThrownBy(() -> tickets.openFor(everyone, Scope.filter(10_000)))
                .isInstanceOf(InvalidScopeException.class);
    }

    @Test
    void anEpicDeliversTheCommitmentsLinkedToItAndUnknownEpicsAreAbsent() {
        List<Customer> customers = DemoPortfolio.customers(7, TODAY);
        DemoJira jira = DemoJira.generate(7, TODAY, ZONE, customers, 100);
        PreviewCommitments commitments = commitments(jira);

        IssueKey epic = jira.commitments().getFirst().deliveringEpics().getFirst();
        assertThat(commitments.findByEpic(epic))
                .isNotEmpty()
                .allMatch(c -> c.deliveringEpics().contains(epic));
        assertThat(new PreviewEpicDeliveries(jira).findByKeys(Set.of(epic, IssueKey.of("ROAD-99999"))))
                .containsOnlyKeys(epic);
    }

    @Test
    void scalesToTenThousandCustomersAndAMillionTickets() {
        List<Customer> customers = DemoPortfolio.customers(7, TODAY, 10_000);
        DemoJira jira = DemoJira.generate(7, TODAY, ZONE, customers, 1_000_000);

        assertThat(customers).hasSize(10_000).extracting(Customer::key).doesNotHaveDuplicates();
        assertThat(jira.ticketCount()).isEqualTo(1_000_000);
        assertThat(jira.issue(IssueKey.of("SUP-123456"))).isPresent();
    }

    @ParameterizedTest(name = "seed {0}, today {1}")
    @CsvSource({"7, 2026-12-01", "7, 2027-03-15", "42, 2026-06-30"})
    void theDefaultScorecardShowsEveryOutcomeASlipValueAtRiskAndOpenEpicsThatDeliverNoPromise(
            long seed, LocalDate today) {
        List<Customer> customers = DemoPortfolio.customers(seed, today);
        DemoJira jira = DemoJira.generate(seed, today, ZONE, customers, 12 * customers.size());
        InMemoryCustomers stored = new InMemoryCustomers();
        customers.forEach(stored::save);
        Clock clock = Clock.fixed(today.atStartOfDay(ZONE).toInstant(), ZONE);
        PreviewCommitments commitments = commitments(jira);
        PreviewEpicDeliveries epics = new PreviewEpicDeliveries(jira);

        Scorecard card = new PromiseScorecard(
                        new CommitmentHealthCheck(commitments, epics, stored, clock), commitments, epics, stored, clock)
                .score(
                        new ScorecardRequest(ScorecardPeriod.lastFullQuarters(today), Scope.all(), true),
                        ThroughputForecast.DEFAULT,
                        ExchangeRates.only("USD"));

        assertThat(card.outcomes())
                .allSatisfy(count ->
                        assertThat(count.count()).as("%s", count.outcome()).isPositive());
        assertThat(card.quarters())
                .allSatisfy(quarter -> assertThat(quarter.total()).isPositive());
        assertThat(card.medianSlipDays()).isPresent();
        assertThat(card.valueAtRisk().orElseThrow()).isNotEmpty();
        assertThat(card.epics().delivering())
                .isPositive()
                .isLessThan(card.epics().open());
        assertThat(card.worstCustomers()).isNotEmpty();
    }

    private static RenewalRadar radar(DemoJira jira, List<Customer> customers, LocalDate today) {
        InMemoryCustomers stored = new InMemoryCustomers();
        customers.forEach(stored::save);
        return new RenewalRadar(
                stored,
                new PreviewTickets(jira),
                commitments(jira),
                new PreviewEpicDeliveries(jira),
                Clock.fixed(today.atStartOfDay(ZONE).toInstant(), ZONE));
    }

    private static PreviewCommitments commitments(DemoJira jira) {
        return new PreviewCommitments(jira);
    }
}
