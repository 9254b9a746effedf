package io.github.promisekeeper.core.scorecard;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.InMemoryCommitments;
import io.github.promisekeeper.core.commitment.OpenEpics;
import io.github.promisekeeper.core.commitment.ThroughputForecast;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.InMemoryCustomers;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.Scope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PromiseScorecardTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-02-01");
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final ScorecardPeriod YEAR_2026 = ScorecardPeriod.lastFullQuarters(TODAY);
    private static final ExchangeRates RATES = ExchangeRates.only("EUR").with("USD", "0.9");

    private final InMemoryCommitments jira = new InMemoryCommitments();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final PromiseScorecard scorecard =
            new PromiseScorecard(new CommitmentHealthCheck(jira, jira, customers, CLOCK), jira, jira, customers, CLOCK);

    /**
     * 2026: ACME kept one promise in Q1 and delivered one 10 days late in Q2; GLOBEX delivered one 15 days late in
     * Q2 and breached one in Q4 (its renewal, 15 Dec, passed with the epic open); INITECH's promise of 20 Dec is
     * overdue against a renewal in June 2027. Nothing was due in Q3. One more promise falls in 2027, outside.
     */
    private void aYearOfPromises() {
        customers.save(customer("ACME", "Acme Corp"));
        customers.save(customer("GLOBEX", "Globex"));
        jira.add(promise("SC-1", "ACME", "2026-02-15", "2026-12-01", "1000 EUR", "ROAD-1"))
                .add(EpicDelivery.done(IssueKey.of("ROAD-1"), "SSO", LocalDate.parse("2026-02-10")))
                .add(promise("SC-2", "ACME", "2026-05-10", "2026-12-01", "1000 EUR", "ROAD-2"))
                .add(EpicDelivery.done(IssueKey.of("ROAD-2"), "Audit", LocalDate.parse("2026-05-20")))
                .add(promise("SC-3", "GLOBEX", "2026-05-20", "2026-12-15", "2000 EUR", "CORE-3"))
                .add(EpicDelivery.done(IssueKey.of("CORE-3"), "Roles", LocalDate.parse("2026-06-04")))
                .add(promise("SC-4", "GLOBEX", "2026-11-01", "2026-12-15", "2000 EUR", "CORE-4"))
                .add(EpicDelivery.open(IssueKey.of("CORE-4"), "Residency", 8, List.of(), null))
                .add(promise("SC-5", "INITECH", "2026-12-20", "2027-06-30", "3000 USD", "ROAD-5"))
                .add(EpicDelivery.open(IssueKey.of("ROAD-5"), "Bulk API", 8, List.of(), null))
                .add(promise("SC-6", "INITECH", "2027-03-01", "2027-06-30", "3000 USD", "ROAD-6"))
                .add(EpicDelivery.open(IssueKey.of("ROAD-6"), "Reports", 8, List.of(), null))
                .add(EpicDelivery.open(IssueKey.of("CORE-9"), "Not promised", 8, List.of(), null));
    }

    @Test
    void countsTheOutcomesOfThePromisesDueInThePeriodWithTheirShareOfAll() {
        aYearOfPromises();

        Scorecard card = score(YEAR_2026, Scope.all(), true);

        assertThat(card.promised()).isEqualTo(5);
        assertThat(card.outcomes())
                .extracting(OutcomeCount::outcome, OutcomeCount::count, OutcomeCount::percent)
                .containsExactly(
                        tuple(Outcome.KEPT_ON_TIME, 1, 20),
                        tuple(Outcome.DELIVERED_LATE, 2, 40),
                        tuple(Outcome.BREACHED, 1, 20),
                        tuple(Outcome.OPEN, 1, 20));
    }

    @Test
    void countsByQuarterOfPromisedDateWithAQuarterOfNothingAsZeros() {
        aYearOfPromises();

        Scorecard card = score(YEAR_2026, Scope.all(), true);

        assertThat(card.quarters())
                .extracting(
                        q -> q.quarter().toString(),
                        q -> q.count(Outcome.KEPT_ON_TIME),
                        q -> q.count(Outcome.DELIVERED_LATE),
                        q -> q.count(Outcome.BREACHED),
                        q -> q.count(Outcome.OPEN))
                .containsExactly(
                        tuple("2026-Q1", 1, 0, 0, 0),
                        tuple("2026-Q2", 0, 2, 0, 0),
                        tuple("2026-Q3", 0, 0, 0, 0),
                        tuple("2026-Q4", 0, 0, 1, 1));
    }

    @Test
    void theMedianSlipOfAnEvenNumberOfLateDeliveriesIsTheMeanOfTheMiddleTwo() {
        aYearOfPromises();

        assertThat(score(YEAR_2026, Scope.all(), true).medianSlipDays()).contains(new BigDecimal("12.5"));
    }

    @Test
    void theMedianSlipOfAnOddNumberIsTheMiddleOneAndBreachedDeliveriesDoNotCount() {
        jira.add(promise("SC-1", "ACME", "2026-03-01", "2027-12-01", null, "E-1"))
                .add(EpicDelivery.done(IssueKey.of("E-1"), "", LocalDate.parse("2026-03-04")))
                .add(promise("SC-2", "ACME", "2026-03-01", "2027-12-01", null, "E-2"))
                .add(EpicDelivery.done(IssueKey.of("E-2"), "", LocalDate.parse("2026-03-31")))
                .add(promise("SC-3", "ACME", "2026-03-01", "2027-12-01", null, "E-3"))
                .add(EpicDelivery.done(IssueKey.of("E-3"), "", LocalDate.parse("2026-03-08")))
                // Delivered 200 days late, after its renewal: breached, so not in the median.
                .add(promise("SC-4", "ACME", "2026-03-01", "2026-06-01", null, "E-4"))
                .add(EpicDelivery.done(IssueKey.of("E-4"), "", LocalDate.parse("2026-09-17")));

        Scorecard card = score(YEAR_2026, Scope.all(), true);

        assertThat(card.outcome(Outcome.BREACHED).count()).isEqualTo(1);
        assertThat(card.medianSlipDays()).contains(BigDecimal.valueOf(7));
    }

    @Test
    void valueAtRiskByQuarterOfRenewalCountsEachCustomerOnceAndShowsTheQuarterBetweenWithNothing() {
        aYearOfPromises();
        // A second GLOBEX promise breaching the same renewal: GLOBEX's value counts once.
        jira.add(promise("SC-7", "GLOBEX", "2026-11-20", "2026-12-15", "2000 EUR", "CORE-4"));

        Scorecard card = score(YEAR_2026, Scope.all(), true);

        assertThat(card.valueAtRisk().orElseThrow())
                .extracting(v -> v.quarter().toString(), v -> v.value().total(), QuarterValue::customers)
                .containsExactly(
                        tuple("2026-Q4", Money.of("2000.00", "EUR"), 1),
                        tuple("2027-Q1", Money.of("0.00", "EUR"), 0),
                        tuple("2027-Q2", Money.of("2700.00", "EUR"), 1));
    }

    @Test
    void valueAtRiskNamesCurrenciesWithoutARateAndCountsCustomersWithoutAValue() {
        jira.add(promise("SC-1", "ACME", "2026-03-01", "2026-05-01", "500 GBP", "E-1"))
                .add(promise("SC-2", "GLOBEX", "2026-03-01", "2026-05-01", null, "E-2"))
                .add(EpicDelivery.open(IssueKey.of("E-1"), "", 3, List.of(), null))
                .add(EpicDelivery.open(IssueKey.of("E-2"), "", 3, List.of(), null));

        QuarterValue q2 =
                score(YEAR_2026, Scope.all(), true).valueAtRisk().orElseThrow().getFirst();

        assertThat(q2.customers()).isEqualTo(2);
        assertThat(q2.value().total()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(q2.value().missingRates()).containsExactly(Currency.getInstance("GBP"));
    }

    @Test
    void aViewerWithoutTheMoneyRightGetsNoValueAtRiskButTheSameCounts() {
        aYearOfPromises();

        Scorecard card = score(YEAR_2026, Scope.all(), false);

        assertThat(card.valueAtRisk()).isEmpty();
        assertThat(card.outcomes())
                .isEqualTo(score(YEAR_2026, Scope.all(), true).outcomes());
    }

    @Test
    void theShareOfOpenEpicsThatDeliverAPromiseCountsEpicsOfOpenPromisesOutsideThePeriodToo() {
        aYearOfPromises();

        OpenEpics epics = score(YEAR_2026, Scope.all(), true).epics();

        // Open: CORE-4, ROAD-5, ROAD-6 (SC-6, due in 2027) deliver promises; CORE-9 does not.
        assertThat(epics).isEqualTo(new OpenEpics(4, 3));
        assertThat(epics.percent()).isEqualTo(75);
    }

    @Test
    void aScopeKeepsThePromisesWithADeliveringEpicInsideItAndCountsOnlyItsEpics() {
        aYearOfPromises();

        Scorecard card = score(YEAR_2026, Scope.project("ROAD"), true);

        assertThat(card.promised()).isEqualTo(3); // SC-1, SC-2, SC-5
        assertThat(card.outcome(Outcome.BREACHED).count()).isZero();
        assertThat(card.epics()).isEqualTo(new OpenEpics(2, 2));
        assertThat(card.worstCustomers()).extracting(r -> r.customer().value()).containsExactly("ACME");
    }

    @Test
    void theCustomersWithTheMostBrokenPromisesComeFirstBreachedBreakingTiesAtMostFive() {
        aYearOfPromises();
        int number = 20;
        for (String key : List.of("ZETA", "ETA", "THETA", "IOTA", "KAPPA")) {
            number++;
            jira.add(promise("SC-" + number, key, "2026-04-01", "2027-12-01", null, "LATE-" + number))
                    .add(EpicDelivery.done(IssueKey.of("LATE-" + number), "", LocalDate.parse("2026-04-02")));
        }

        List<CustomerRecord> worst = score(YEAR_2026, Scope.all(), true).worstCustomers();

        assertThat(worst)
                .extracting(
                        r -> r.customer().value(), CustomerRecord::name, CustomerRecord::late, CustomerRecord::breached)
                .containsExactly(
                        tuple("GLOBEX", "Globex", 1, 1),
                        tuple("ACME", "Acme Corp", 1, 0),
                        tuple("ETA", "ETA", 1, 0),
                        tuple("IOTA", "IOTA", 1, 0),
                        tuple("KAPPA", "KAPPA", 1, 0));
    }

    @Test
    void anEmptyPeriodHasZerosEverywhereAndNothingToShow() {
        aYearOfPromises();
        ScorecardPeriod empty = new ScorecardPeriod(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"));

        Scorecard card = score(empty, Scope.all(), true);

        assertThat(card.promised()).isZero();
        assertThat(card.outcomes()).allSatisfy(count -> {
            assertThat(count.count()).isZero();
            assertThat(count.percent()).isZero();
        });
        assertThat(card.quarters())
                .hasSize(4)
                .allSatisfy(q -> assertThat(q.total()).isZero());
        assertThat(card.medianSlipDays()).isEmpty();
        assertThat(card.valueAtRisk()).contains(List.of());
        assertThat(card.worstCustomers()).isEmpty();
    }

    private Scorecard score(ScorecardPeriod period, Scope scope, boolean maySeeMoney) {
        return scorecard.score(new ScorecardRequest(period, scope, maySeeMoney), ThroughputForecast.DEFAULT, RATES);
    }

    private static Customer customer(String key, String name) {
        return new Customer(CustomerKey.of(key), name, null, Set.of(), null, null, List.of());
    }

    /** A promise recording the renewal and value at stake when it was made ({@code "1000 EUR"}, or null). */
    private static Commitment promise(
            String key, String customer, String promised, String renewal, String value, String... epics) {
        Optional<Money> money = Optional.ofNullable(value).map(v -> Money.of(v.split(" ")[0], v.split(" ")[1]));
        return new Commitment(
                IssueKey.of(key),
                CustomerKey.of(customer),
                key,
                LocalDate.parse(promised),
                "sam",
                money,
                Optional.of(LocalDate.parse(renewal)),
                List.of(epics).stream().map(IssueKey::of).toList());
    }
}
