package io.github.promisekeeper.core.alert;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.commitment.EpicHealth;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RiskLevel;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The slip rules: compare what the previous checks recorded with what a check sees now and say which alerts to
 * raise, which open alerts to resolve and which states to record. Pure: the same record and observation give the
 * same update, and recording that update and comparing again raises nothing (each alert once per transition,
 * its dedupe key naming the state version it starts from).
 *
 * <p>A commitment or customer seen for the first time is only recorded (the first check is a baseline, not a
 * flood). A commitment's alerts are resolved when it recovers (on track or delivered) or is no longer open; a
 * customer's when none of its open commitments is off track and it is not at high risk, or it is no longer
 * watched (no open commitment and outside the radar window). An alert about a commitment or customer that is
 * fine when it is raised (a promised date moved on a commitment still on track) is raised already resolved.
 */
public final class SlipRules {

    private final AlertSettings settings;

    public SlipRules(AlertSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The update that brings {@code before} up to {@code now}. */
    public AlertUpdate compare(SlipRecord before, SlipObservation now) {
        LocalDate today = now.today();
        Map<Object, List<StoredAlert>> openBySubject = new HashMap<>();
        for (StoredAlert stored : before.open()) {
            Alert alert = stored.alert();
            Object subject = alert.commitment().<Object>map(key -> key).orElse(alert.customer());
            openBySubject.computeIfAbsent(subject, key -> new ArrayList<>()).add(stored);
        }
        List<CommitmentState> commitmentStates = new ArrayList<>();
        List<CustomerState> customerStates = new ArrayList<>();
        List<Alert> raise = new ArrayList<>();
        Set<DedupeKey> resolve = new LinkedHashSet<>();
        Map<CustomerKey, Integer> offTrack = new HashMap<>();

        Set<IssueKey> seen = new HashSet<>();
        for (CommitmentHealth health : now.open().commitments()) {
            Commitment commitment = health.commitment();
            if (!seen.add(commitment.key())) {
                continue;
            }
            if (health.health().isOpen() && health.health() != Health.ON_TRACK) {
                offTrack.merge(commitment.customer(), 1, Integer::sum);
            }
            CommitmentState current = stateOf(health, now.open().epics(), today);
            CommitmentState previous = before.commitments().get(commitment.key());
            List<Alert> raised = previous == null
                    ? List.of()
                    : commitmentAlerts(
                            previous,
                            current,
                            health,
                            now.open().customers().get(commitment.customer()),
                            before.customers().get(commitment.customer()),
                            today);
            boolean recovered =
                    health.health() == Health.ON_TRACK || !health.health().isOpen();
            raise.addAll(recovered ? settled(raised, today) : raised);
            if (previous == null || !raised.isEmpty() || !previous.sameFactsAs(current)) {
                commitmentStates.add(current.after(previous == null ? 0 : previous.version(), today));
            }
            if (recovered) {
                resolveAll(openBySubject.get(commitment.key()), resolve);
            }
        }
        Set<IssueKey> forgetCommitments = new TreeSet<>(before.commitments().keySet());
        forgetCommitments.removeAll(seen);
        forgetCommitments.forEach(key -> resolveAll(openBySubject.get(key), resolve));

        Set<CustomerKey> watched = new LinkedHashSet<>(now.open().customers().keySet());
        watched.addAll(now.radar().keySet());
        for (CustomerKey key : watched) {
            Customer customer = now.open().customers().get(key);
            RadarEntry entry = now.radar().get(key);
            int notOnTrack = offTrack.getOrDefault(key, 0);
            CustomerState current = customerStateOf(key, customer, entry, notOnTrack, today);
            CustomerState previous = before.customers().get(key);
            String name = customer != null ? customer.name() : entry.customerName();
            List<Alert> raised =
                    previous == null ? List.of() : customerAlerts(previous, current, name, notOnTrack, today);
            boolean recovered = notOnTrack == 0 && !current.radarRisk().equals(Optional.of(RiskLevel.HIGH));
            raise.addAll(recovered ? settled(raised, today) : raised);
            if (previous == null || !raised.isEmpty() || !previous.sameFactsAs(current)) {
                customerStates.add(current.after(previous == null ? 0 : previous.version(), today));
            }
            if (recovered) {
                resolveAll(openBySubject.get(key), resolve);
            }
        }
        Set<CustomerKey> forgetCustomers = new TreeSet<>(before.customers().keySet());
        forgetCustomers.removeAll(watched);
        forgetCustomers.forEach(key -> resolveAll(openBySubject.get(key), resolve));

        return new AlertUpdate(
                commitmentStates, forgetCommitments, customerStates, forgetCustomers, raise, resolve, today);
    }

    private List<Alert> commitmentAlerts(
            CommitmentState previous,
            CommitmentState current,
            CommitmentHealth health,
            Customer customer,
            CustomerState customerBefore,
            LocalDate today) {
        Commitment commitment = health.commitment();
        IssueKey key = commitment.key();
        long from = previous.version();
        Optional<LocalDate> noticeNow = customer == null ? Optional.empty() : customer.noticeDeadline();
        Optional<LocalDate> noticeBefore = customerBefore == null ? noticeNow : customerBefore.noticeDeadline();
        AlertFacts facts = AlertFacts.about(
                        customer == null ? commitment.customer().value() : customer.name())
                .withCommitment(commitment.summary(), commitment.promisedDate())
                .withRenewal(customer == null ? Optional.empty() : customer.nextRenewal(), noticeNow);
        List<Alert> alerts = new ArrayList<>();
        Health was = previous.health();
        Health is = health.health();
        if (is.isOpen() && (is.isWorseThan(was) || (is == Health.NO_DELIVERY_PLAN && was != Health.NO_DELIVERY_PLAN))) {
            alerts.add(raise(AlertKind.HEALTH_WORSENED, commitment, facts.withHealth(was, is), "", from, today));
        }
        if (was.isOpen() && is == Health.DELIVERED) {
            alerts.add(raise(AlertKind.KEPT, commitment, facts.withHealth(was, is), "", from, today));
        }
        if (was.isOpen() && is == Health.DELIVERED_LATE) {
            alerts.add(raise(AlertKind.DELIVERED_LATE, commitment, facts.withHealth(was, is), "", from, today));
        }
        if (!previous.promisedDate().equals(current.promisedDate())) {
            alerts.add(raise(
                    AlertKind.PROMISED_DATE_MOVED,
                    commitment,
                    facts.withMove(Optional.of(previous.promisedDate()), Optional.of(current.promisedDate())),
                    "",
                    from,
                    today));
        }
        Map<IssueKey, EpicState> epicsBefore = new LinkedHashMap<>();
        previous.epics().forEach(epic -> epicsBefore.put(epic.epic(), epic));
        for (EpicState epic : current.epics()) {
            EpicState before = epicsBefore.remove(epic.epic());
            Optional<LocalDate> forecastBefore = before == null ? Optional.empty() : before.forecast();
            Optional<LocalDate> dueBefore = before == null ? Optional.empty() : before.due();
            AlertFacts aboutEpic = facts.withEpic(epic.epic());
            if (before == null || !forecastBefore.equals(epic.forecast())) {
                AlertFacts moved = aboutEpic.withMove(forecastBefore, epic.forecast());
                if (movedPast(forecastBefore, previous.promisedDate(), epic.forecast(), current.promisedDate())) {
                    alerts.add(raise(AlertKind.FORECAST_PAST_PROMISE, commitment, moved, epic.epic(), from, today));
                }
                if (movedPast(forecastBefore, noticeBefore, epic.forecast(), noticeNow)) {
                    alerts.add(raise(
                            AlertKind.FORECAST_PAST_NOTICE_DEADLINE, commitment, moved, epic.epic(), from, today));
                }
            }
            if (before == null || !dueBefore.equals(epic.due())) {
                AlertFacts moved = aboutEpic.withMove(dueBefore, epic.due());
                if (movedPast(dueBefore, previous.promisedDate(), epic.due(), current.promisedDate())) {
                    alerts.add(raise(AlertKind.EPIC_DUE_PAST_PROMISE, commitment, moved, epic.epic(), from, today));
                }
                if (movedPast(dueBefore, noticeBefore, epic.due(), noticeNow)) {
                    alerts.add(raise(
                            AlertKind.EPIC_DUE_PAST_NOTICE_DEADLINE, commitment, moved, epic.epic(), from, today));
                }
            }
        }
        for (IssueKey unlinked : epicsBefore.keySet()) {
            alerts.add(raise(AlertKind.EPIC_UNLINKED, commitment, facts.withEpic(unlinked), unlinked, from, today));
        }
        Optional<LocalDate> renewalBefore = customerBefore == null ? Optional.empty() : customerBefore.renewal();
        if (is.isOpen()
                && renewalBefore.isPresent()
                && !renewalBefore.get().isBefore(previous.recordedOn())
                && renewalBefore.get().isBefore(today)) {
            alerts.add(raise(
                    AlertKind.BREACHED,
                    commitment,
                    facts.withRenewal(renewalBefore, customerBefore.noticeDeadline())
                            .withHealth(was, is),
                    "",
                    from,
                    today));
        }
        return alerts;
    }

    private List<Alert> customerAlerts(
            CustomerState previous, CustomerState current, String name, int notOnTrack, LocalDate today) {
        CustomerKey key = current.customer();
        long from = previous.version();
        AlertFacts facts = AlertFacts.about(name).withRenewal(current.renewal(), current.noticeDeadline());
        List<Alert> alerts = new ArrayList<>();
        boolean renewalMoved = previous.renewal().isPresent()
                && current.renewal().isPresent()
                && !previous.renewal().equals(current.renewal());
        if (renewalMoved) {
            alerts.add(raise(
                    AlertKind.RENEWAL_MOVED,
                    key,
                    facts.withMove(previous.renewal(), current.renewal()),
                    "",
                    from,
                    today));
        }
        // A renewal that moves takes its notice deadline along; that alert says both, so only one is raised.
        if (!renewalMoved
                && previous.noticeDeadline().isPresent()
                && current.noticeDeadline().isPresent()
                && !previous.noticeDeadline().equals(current.noticeDeadline())) {
            alerts.add(raise(
                    AlertKind.NOTICE_DEADLINE_MOVED,
                    key,
                    facts.withMove(previous.noticeDeadline(), current.noticeDeadline()),
                    "",
                    from,
                    today));
        }
        for (Map.Entry<String, ContractStatus> contract : current.contracts().entrySet()) {
            ContractStatus was = previous.contracts().get(contract.getKey());
            if (contract.getValue() == ContractStatus.CANCELLED && was != null && was != ContractStatus.CANCELLED) {
                alerts.add(raise(
                        AlertKind.CONTRACT_CANCELLED,
                        key,
                        facts.withContract(contract.getKey()),
                        contract.getKey(),
                        from,
                        today));
            }
        }
        if (current.radarRisk().equals(Optional.of(RiskLevel.HIGH))
                && !previous.radarRisk().equals(Optional.of(RiskLevel.HIGH))) {
            alerts.add(raise(AlertKind.ENTERED_RADAR_HIGH_RISK, key, facts.withRisk(RiskLevel.HIGH), "", from, today));
        }
        if (current.noticeNear() && !previous.noticeNear()) {
            alerts.add(raise(AlertKind.NOTICE_DEADLINE_NEAR, key, facts.withCount(notOnTrack), "", from, today));
        }
        return alerts;
    }

    private CommitmentState stateOf(CommitmentHealth health, Map<IssueKey, EpicDelivery> delivery, LocalDate today) {
        Commitment commitment = health.commitment();
        Map<IssueKey, EpicHealth> epicHealth = new HashMap<>();
        health.epics().forEach(epic -> epicHealth.put(epic.epic(), epic));
        List<EpicState> epics = commitment.deliveringEpics().stream()
                .map(epic -> new EpicState(
                        epic,
                        Optional.ofNullable(epicHealth.get(epic))
                                .flatMap(e -> e.forecast().completion()),
                        Optional.ofNullable(delivery.get(epic)).flatMap(EpicDelivery::dueDate)))
                .toList();
        return new CommitmentState(
                commitment.key(), commitment.customer(), health.health(), commitment.promisedDate(), epics, today, 1);
    }

    private CustomerState customerStateOf(
            CustomerKey key, Customer customer, RadarEntry entry, int notOnTrack, LocalDate today) {
        Optional<LocalDate> renewal = customer != null ? customer.nextRenewal() : Optional.of(entry.renewal());
        Optional<LocalDate> notice = customer != null ? customer.noticeDeadline() : Optional.of(entry.noticeDeadline());
        Map<String, ContractStatus> contracts = new HashMap<>();
        if (customer != null) {
            for (Contract contract : customer.contracts()) {
                contracts.put(contract.id(), contract.status());
            }
        }
        boolean noticeNear = notOnTrack > 0
                && notice.map(day -> ChronoUnit.DAYS.between(today, day))
                        .filter(days -> days >= 0 && days <= settings.noticeDays())
                        .isPresent();
        return new CustomerState(
                key,
                renewal,
                notice,
                contracts,
                Optional.ofNullable(entry).map(RadarEntry::risk),
                noticeNear,
                today,
                1);
    }

    /** Whether a date that was not past its limit (or absent) now is; a limit that is unknown is never passed. */
    private static boolean movedPast(
            Optional<LocalDate> was, LocalDate limitWas, Optional<LocalDate> is, LocalDate limitIs) {
        return movedPast(was, Optional.of(limitWas), is, Optional.of(limitIs));
    }

    private static boolean movedPast(
            Optional<LocalDate> was,
            Optional<LocalDate> limitWas,
            Optional<LocalDate> is,
            Optional<LocalDate> limitIs) {
        boolean pastNow = is.isPresent() && limitIs.isPresent() && is.get().isAfter(limitIs.get());
        boolean pastBefore =
                was.isPresent() && limitWas.isPresent() && was.get().isAfter(limitWas.get());
        return pastNow && !pastBefore;
    }

    private static Alert raise(
            AlertKind kind, Commitment commitment, AlertFacts facts, Object detail, long from, LocalDate today) {
        return Alert.raise(
                kind,
                commitment.customer(),
                commitment.key(),
                facts,
                today,
                DedupeKey.of(kind, commitment.key(), detail(detail), from));
    }

    private static Alert raise(
            AlertKind kind, CustomerKey customer, AlertFacts facts, String detail, long from, LocalDate today) {
        return Alert.raise(kind, customer, facts, today, DedupeKey.of(kind, customer, detail(detail), from));
    }

    private static String detail(Object detail) {
        // Contract ids are free text: no spaces, and short enough for the key's index.
        String text = detail.toString().replaceAll("\\s+", "_");
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** Alerts about a commitment or customer that is fine today: raised already resolved, nothing to recover. */
    private static List<Alert> settled(List<Alert> raised, LocalDate today) {
        return raised.stream()
                .map(alert -> alert.isOpen() ? alert.resolvedOn(today) : alert)
                .toList();
    }

    private static void resolveAll(List<StoredAlert> open, Set<DedupeKey> resolve) {
        if (open != null) {
            open.forEach(stored -> resolve.add(stored.alert().dedupeKey()));
        }
    }
}
