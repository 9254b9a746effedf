package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.CommitmentHealthReport;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.EpicHealth;
import io.github.promisekeeper.core.commitment.Forecast;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.radar.Flag;
import io.github.promisekeeper.core.radar.FlagKind;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.radar.TicketOverview;
import io.github.promisekeeper.core.renewal.RenewalState;
import io.github.promisekeeper.core.ticket.IssueKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each slip rule raises its alert once per transition and resolves it when the commitment recovers. */
class SlipRulesTest {

    private static final LocalDate DAY1 = LocalDate.parse("2027-02-01");
    private static final CustomerKey ACME = CustomerKey.of("ACME");
    private static final IssueKey SC1 = IssueKey.of("SC-1");
    private static final IssueKey SSO = IssueKey.of("SSO-1");
    private static final IssueKey AUDIT = IssueKey.of("AUD-2");

    private final SlipRules rules = new SlipRules(AlertSettings.DEFAULTS);
    private final InMemoryAlertStore store = new InMemoryAlertStore();

    private LocalDate promised;
    private Health health;
    private List<IssueKey> epics;
    private Map<IssueKey, LocalDate> forecasts;
    private Map<IssueKey, LocalDate> dues;
    private List<Contract> contracts;
    private RiskLevel risk;
    private boolean open;

    @BeforeEach
    void aCommitmentOnTrackForACustomerRenewingInApril() {
        promised = LocalDate.parse("2027-03-01");
        health = Health.ON_TRACK;
        epics = new ArrayList<>(List.of(SSO));
        forecasts = new LinkedHashMap<>(Map.of(SSO, LocalDate.parse("2027-02-20")));
        dues = new LinkedHashMap<>(Map.of(SSO, LocalDate.parse("2027-02-25")));
        contracts = new ArrayList<>(List.of(contract("C-1", "2027-04-30", 30, ContractStatus.ACTIVE)));
        risk = null;
        open = true;
    }

    @Test
    void theFirstCheckRecordsABaselineAndRaisesNothing() {
        health = Health.OVERDUE;

        AlertChanges first = check(DAY1);

        assertThat(first.raised()).isEmpty();
        assertThat(store.findCommitmentStates()).containsKey(SC1);
        assertThat(store.findCustomerStates()).containsKey(ACME);
    }

    @Test
    void aWorseningHealthRaisesOnceAndIsResolvedWhenTheCommitmentRecovers() {
        check(DAY1);
        health = Health.AT_RISK;

        AlertChanges worse = check(DAY1.plusDays(1));
        AlertChanges again = check(DAY1.plusDays(2));
        health = Health.ON_TRACK;
        AlertChanges recovered = check(DAY1.plusDays(3));

        assertThat(kinds(worse)).containsExactly(AlertKind.HEALTH_WORSENED);
        assertThat(worse.raised().getFirst().alert().reason()).isEqualTo("SC-1 'SSO' went from on track to at risk");
        assertThat(again.isEmpty()).isTrue();
        assertThat(recovered.resolved())
                .extracting(stored -> stored.alert().dedupeKey())
                .containsExactly(worse.raised().getFirst().alert().dedupeKey());
        assertThat(recovered.resolved().getFirst().alert().resolvedOn()).contains(DAY1.plusDays(3));
    }

    @Test
    void slippingAgainAfterARecoveryIsANewTransition() {
        check(DAY1);
        health = Health.AT_RISK;
        AlertChanges first = check(DAY1.plusDays(1));
        health = Health.ON_TRACK;
        check(DAY1.plusDays(2));
        health = Health.AT_RISK;

        AlertChanges second = check(DAY1.plusDays(3));

        assertThat(kinds(second)).containsExactly(AlertKind.HEALTH_WORSENED);
        assertThat(second.raised().getFirst().alert().dedupeKey())
                .isNotEqualTo(first.raised().getFirst().alert().dedupeKey());
    }

    @Test
    void worseningFurtherRaisesAgainAndImprovingDoesNot() {
        check(DAY1);
        health = Health.OVERDUE;
        AlertChanges overdue = check(DAY1.plusDays(1));
        health = Health.AT_RISK;
        AlertChanges better = check(DAY1.plusDays(2));
        health = Health.BREACHES_RENEWAL;
        AlertChanges breach = check(DAY1.plusDays(3));

        assertThat(kinds(overdue)).containsExactly(AlertKind.HEALTH_WORSENED);
        assertThat(better.raised()).isEmpty();
        assertThat(better.resolved()).isEmpty(); // at risk is not a recovery
        assertThat(breach.raised().getFirst().alert().facts().healthBefore()).contains(Health.AT_RISK);
    }

    @Test
    void anyHealthLosingItsDeliveryPlanRaises() {
        health = Health.OVERDUE;
        check(DAY1);
        health = Health.NO_DELIVERY_PLAN;

        AlertChanges changes = check(DAY1.plusDays(1));

        assertThat(kinds(changes)).containsExactly(AlertKind.HEALTH_WORSENED);
        assertThat(changes.raised().getFirst().alert().facts().healthAfter()).contains(Health.NO_DELIVERY_PLAN);
    }

    @Test
    void aForecastMovingPastThePromiseRaisesAndMovingFurtherDoesNot() {
        check(DAY1);
        forecasts.put(SSO, LocalDate.parse("2027-03-10"));
        AlertChanges past = check(DAY1.plusDays(1));
        forecasts.put(SSO, LocalDate.parse("2027-03-15"));
        AlertChanges further = check(DAY1.plusDays(2));

        assertThat(kinds(past)).containsExactly(AlertKind.FORECAST_PAST_PROMISE);
        assertThat(past.raised().getFirst().alert().reason())
                .isEqualTo(
                        "SC-1 'SSO': SSO-1 forecast moved from 20 Feb 2027 to 10 Mar 2027, after promise 1 Mar 2027");
        assertThat(further.raised()).isEmpty();
    }

    @Test
    void aDueDateMovingPastTheNoticeDeadlineRaisesBothPastPromiseAndPastNotice() {
        // Renewal 30 Apr with 30 days' notice: notice deadline 31 Mar.
        check(DAY1);
        dues.put(SSO, LocalDate.parse("2027-04-05"));

        AlertChanges changes = check(DAY1.plusDays(1));

        assertThat(kinds(changes))
                .containsExactlyInAnyOrder(AlertKind.EPIC_DUE_PAST_PROMISE, AlertKind.EPIC_DUE_PAST_NOTICE_DEADLINE);
        assertThat(changes.raised())
                .allSatisfy(stored -> assertThat(stored.alert().facts().epic()).contains(SSO));
    }

    @Test
    void aForecastMovingPastTheNoticeDeadlineButNotThePromiseRaisesOnlyTheNoticeAlert() {
        promised = LocalDate.parse("2027-04-20");
        check(DAY1);
        forecasts.put(SSO, LocalDate.parse("2027-04-02"));

        assertThat(kinds(check(DAY1.plusDays(1)))).containsExactly(AlertKind.FORECAST_PAST_NOTICE_DEADLINE);
    }

    @Test
    void movingThePromisedDateEitherWayRaises() {
        check(DAY1);
        promised = LocalDate.parse("2027-03-05");
        AlertChanges later = check(DAY1.plusDays(1));
        promised = LocalDate.parse("2027-02-27");
        AlertChanges earlier = check(DAY1.plusDays(2));

        assertThat(kinds(later)).containsExactly(AlertKind.PROMISED_DATE_MOVED);
        assertThat(kinds(earlier)).containsExactly(AlertKind.PROMISED_DATE_MOVED);
        assertThat(earlier.raised().getFirst().alert().facts().before()).contains(LocalDate.parse("2027-03-05"));
    }

    @Test
    void unlinkingADeliveringEpicRaisesAndLinkingOneDoesNot() {
        check(DAY1);
        epics.add(AUDIT);
        forecasts.put(AUDIT, LocalDate.parse("2027-02-10"));
        AlertChanges linked = check(DAY1.plusDays(1));
        epics.remove(SSO);
        AlertChanges unlinked = check(DAY1.plusDays(2));

        assertThat(linked.raised()).isEmpty();
        assertThat(kinds(unlinked)).containsExactly(AlertKind.EPIC_UNLINKED);
        assertThat(unlinked.raised().getFirst().alert().reason())
                .isEqualTo("SC-1 'SSO': delivering epic SSO-1 unlinked");
    }

    @Test
    void aRenewalMovingRaisesOneAlertAndANoticeDeadlineMovingAloneAnother() {
        check(DAY1);
        contracts.set(0, contract("C-1", "2027-05-31", 30, ContractStatus.ACTIVE));
        AlertChanges renewal = check(DAY1.plusDays(1));
        contracts.set(0, contract("C-1", "2027-05-31", 60, ContractStatus.ACTIVE));
        AlertChanges notice = check(DAY1.plusDays(2));

        assertThat(kinds(renewal)).containsExactly(AlertKind.RENEWAL_MOVED);
        assertThat(renewal.raised().getFirst().alert().reason())
                .isEqualTo("Acme Inc: renewal moved from 30 Apr 2027 to 31 May 2027");
        assertThat(kinds(notice)).containsExactly(AlertKind.NOTICE_DEADLINE_MOVED);
    }

    @Test
    void cancellingAContractRaises() {
        contracts.add(contract("C-2", "2027-09-30", 30, ContractStatus.ACTIVE));
        check(DAY1);
        contracts.set(1, contract("C-2", "2027-09-30", 30, ContractStatus.CANCELLED));

        AlertChanges changes = check(DAY1.plusDays(1));

        assertThat(kinds(changes)).containsExactly(AlertKind.CONTRACT_CANCELLED);
        assertThat(changes.raised().getFirst().alert().facts().contract()).contains("C-2");
        assertThat(changes.raised().getFirst().alert().commitment()).isEmpty();
    }

    @Test
    void enteringTheRadarAtHighRiskRaisesAndStayingThereDoesNot() {
        check(DAY1);
        risk = RiskLevel.MEDIUM;
        AlertChanges medium = check(DAY1.plusDays(1));
        risk = RiskLevel.HIGH;
        AlertChanges high = check(DAY1.plusDays(2));
        AlertChanges still = check(DAY1.plusDays(3));
        risk = RiskLevel.LOW;
        AlertChanges low = check(DAY1.plusDays(4));

        assertThat(medium.raised()).isEmpty();
        assertThat(kinds(high)).containsExactly(AlertKind.ENTERED_RADAR_HIGH_RISK);
        assertThat(still.isEmpty()).isTrue();
        assertThat(low.resolved()).hasSize(1);
    }

    @Test
    void aNoticeDeadlineNDaysAwayWithCommitmentsOffTrackRaises() {
        // Notice deadline 31 Mar; 14 days before is 17 Mar.
        health = Health.AT_RISK;
        check(LocalDate.parse("2027-03-16"));

        AlertChanges near = check(LocalDate.parse("2027-03-17"));

        assertThat(kinds(near)).containsExactly(AlertKind.NOTICE_DEADLINE_NEAR);
        assertThat(near.raised().getFirst().alert().reason())
                .isEqualTo("Acme Inc: notice deadline 31 Mar 2027 with 1 open commitment not on track");
    }

    @Test
    void aNoticeDeadlineNearWithEveryCommitmentOnTrackRaisesNothing() {
        check(LocalDate.parse("2027-03-16"));

        assertThat(check(LocalDate.parse("2027-03-17")).raised()).isEmpty();
    }

    @Test
    void aPromiseDeliveredInTimeIsKeptAndResolvesWhatWasOpen() {
        check(DAY1);
        health = Health.AT_RISK;
        check(DAY1.plusDays(1));
        health = Health.DELIVERED;

        AlertChanges delivered = check(DAY1.plusDays(2));

        assertThat(kinds(delivered)).containsExactly(AlertKind.KEPT);
        assertThat(delivered.raised().getFirst().alert().state()).isEqualTo(AlertState.RESOLVED);
        assertThat(delivered.resolved()).extracting(s -> s.alert().kind()).containsExactly(AlertKind.HEALTH_WORSENED);
    }

    @Test
    void aPromiseDeliveredAfterItsDateIsDeliveredLate() {
        check(DAY1);
        health = Health.DELIVERED_LATE;

        assertThat(kinds(check(DAY1.plusDays(1)))).containsExactly(AlertKind.DELIVERED_LATE);
    }

    @Test
    void aRenewalPassingWithThePromiseOpenIsABreachRaisedOnce() {
        health = Health.BREACHES_RENEWAL;
        check(LocalDate.parse("2027-04-29"));

        AlertChanges passed = check(LocalDate.parse("2027-05-01"));
        AlertChanges later = check(LocalDate.parse("2027-05-02"));
        health = Health.DELIVERED_LATE;
        AlertChanges delivered = check(LocalDate.parse("2027-05-03"));

        assertThat(kinds(passed)).containsExactly(AlertKind.BREACHED);
        assertThat(passed.raised().getFirst().alert().reason())
                .isEqualTo("SC-1 'SSO' breached: Acme Inc's renewal 30 Apr 2027 passed with the promise open");
        assertThat(later.isEmpty()).isTrue();
        assertThat(kinds(delivered)).containsExactly(AlertKind.DELIVERED_LATE);
        assertThat(delivered.resolved()).extracting(s -> s.alert().kind()).containsExactly(AlertKind.BREACHED);
    }

    @Test
    void aCommitmentNoLongerOpenIsForgottenAndItsAlertsResolved() {
        check(DAY1);
        health = Health.AT_RISK;
        check(DAY1.plusDays(1));
        open = false;

        AlertChanges closed = check(DAY1.plusDays(2));

        assertThat(closed.resolved()).hasSize(1);
        assertThat(store.findCommitmentStates()).doesNotContainKey(SC1);
        assertThat(store.findCustomerStates()).doesNotContainKey(ACME);
    }

    @Test
    void comparingAgainWhatWasJustRecordedChangesNothing() {
        List<Runnable> changes = List.of(
                () -> health = Health.AT_RISK,
                () -> forecasts.put(SSO, LocalDate.parse("2027-04-10")),
                () -> promised = LocalDate.parse("2027-03-20"),
                () -> contracts.set(0, contract("C-1", "2027-05-15", 45, ContractStatus.ACTIVE)),
                () -> risk = RiskLevel.HIGH,
                () -> epics.add(AUDIT),
                () -> health = Health.ON_TRACK,
                () -> epics.remove(SSO),
                () -> health = Health.DELIVERED);
        LocalDate day = DAY1;
        check(day);
        for (Runnable change : changes) {
            change.run();
            day = day.plusDays(1);
            check(day);
            SlipRecord recorded =
                    new SlipRecord(store.findCommitmentStates(), store.findCustomerStates(), store.findOpen());

            assertThat(rules.compare(recorded, observation(day)))
                    .as("after %s", day)
                    .matches(AlertUpdate::isEmpty);
        }
    }

    private AlertChanges check(LocalDate today) {
        SlipRecord recorded =
                new SlipRecord(store.findCommitmentStates(), store.findCustomerStates(), store.findOpen());
        return store.store(rules.compare(recorded, observation(today)), AlertTransactionListener.NONE);
    }

    private SlipObservation observation(LocalDate today) {
        Customer acme = new Customer(ACME, "Acme Inc", null, Set.of(), null, null, contracts);
        Commitment commitment = new Commitment(
                SC1, ACME, "SSO", promised, "jane", Optional.empty(), Optional.empty(), List.copyOf(epics));
        List<EpicHealth> epicHealth = epics.stream()
                .map(epic -> new EpicHealth(
                        epic,
                        health,
                        List.of(Reason.text("as the test says")),
                        Forecast.on(forecasts.getOrDefault(epic, promised), "forecast")))
                .toList();
        Map<IssueKey, EpicDelivery> delivery = new LinkedHashMap<>();
        epics.forEach(epic -> delivery.put(epic, EpicDelivery.open(epic, "Epic", 4, List.of(), dues.get(epic))));
        List<CommitmentHealth> healths = open
                ? List.of(
                        new CommitmentHealth(commitment, health, List.of(Reason.text("as the test says")), epicHealth))
                : List.of();
        CommitmentHealthReport report =
                new CommitmentHealthReport(healths, healths.size(), open ? Map.of(ACME, acme) : Map.of(), delivery);
        Map<CustomerKey, RadarEntry> radar = risk == null ? Map.of() : Map.of(ACME, entry(acme, risk, today));
        return new SlipObservation(report, radar, today);
    }

    private static RadarEntry entry(Customer customer, RiskLevel level, LocalDate today) {
        int points = level == RiskLevel.HIGH ? 5 : level == RiskLevel.MEDIUM ? 2 : 0;
        List<Flag> flags = points == 0 ? List.of() : List.of(new Flag(FlagKind.COMMITMENT_AT_RISK, points, "test"));
        LocalDate renewal = customer.nextRenewal().orElseThrow();
        return new RadarEntry(
                customer.key(),
                customer.name(),
                level,
                points,
                renewal,
                customer.noticeDeadline().orElseThrow(),
                today.until(renewal).getDays(),
                RenewalState.NOTICE_OPEN,
                Optional.<MoneyTotal>empty(),
                new TicketOverview(0, Map.of(), List.of()),
                List.of(),
                flags);
    }

    private static Contract contract(String id, String renewal, int noticeDays, ContractStatus status) {
        return new Contract(id, null, LocalDate.parse(renewal), null, noticeDays, true, status);
    }

    private static List<AlertKind> kinds(AlertChanges changes) {
        return changes.raised().stream().map(stored -> stored.alert().kind()).toList();
    }
}
