package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.EpicDelivery;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RiskScoring;
import io.github.promisekeeper.core.radar.TicketOverview;
import io.github.promisekeeper.core.renewal.NextRenewal;
import io.github.promisekeeper.core.scorecard.Quarter;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The preview's demo Jira: tickets of the demo customers, Sales Commitments and the epics that deliver them,
 * the same for the same seed, day and customers. Three customers renewing inside the default 90-day window are
 * chosen by their renewal so that the radar shows every risk level and their commitments every health:
 * <ul>
 *     <li>high risk: a commitment that breaches the renewal, an overdue one, one without a delivery plan, one
 *     delivered late, and blocker tickets;</li>
 *     <li>medium risk: a commitment at risk (forecast after the promised date), a few ordinary tickets;</li>
 *     <li>low risk: a commitment on track and one delivered, a few ordinary tickets.</li>
 * </ul>
 * Every other customer gets seeded tickets and, for some, a commitment of a seeded kind. Six of them also get a
 * track record for the Promise Scorecard: promises due in each of the four full quarters before today's, most kept,
 * some delivered late, two delivered after the renewal they were promised against (breached) and one still open and
 * overdue; and two open epics deliver no promise. Immutable once built.
 */
public final class DemoJira {

    /** Where the demo's Sales Commitments and epics live. */
    public static final String COMMITMENT_PROJECT = "SALES";

    public static final String EPIC_PROJECT = "ROAD";
    /** The default radar window the showcase customers are chosen inside. */
    static final int SHOWCASE_WINDOW_DAYS = 90;
    /** Every showcase commitment's epic resolves one child a week in the six weeks forecasts look at. */
    private static final int FORECAST_PERIOD_DAYS = 42;

    private static final List<String> PROMISES = List.of(
            "SSO integration",
            "Audit log export",
            "EU data residency",
            "Salesforce sync",
            "Custom roles",
            "SCIM provisioning",
            "Offline mode",
            "99.95% uptime SLA",
            "Bulk API",
            "Usage reports");
    private static final List<String> SELLERS = List.of("Sam Seller", "Kim Closer", "Lee Account", "Pat Deal");

    private final ZoneId zone;
    private final List<CustomerKey> customerKeys;
    private final Map<CustomerKey, Integer> customerIndex;
    private final DemoTicketTable tickets;
    private final List<Commitment> commitments;
    private final Map<CustomerKey, List<Commitment>> commitmentsByCustomer;
    private final Map<IssueKey, List<Commitment>> commitmentsByEpic;
    private final Map<IssueKey, EpicDelivery> epics;
    private final Map<IssueKey, Commitment> commitmentsByKey;

    private DemoJira(
            ZoneId zone,
            List<CustomerKey> customerKeys,
            DemoTicketTable tickets,
            List<Commitment> commitments,
            Map<IssueKey, EpicDelivery> epics) {
        this.zone = zone;
        this.customerKeys = List.copyOf(customerKeys);
        Map<CustomerKey, Integer> index = new HashMap<>();
        for (int i = 0; i < customerKeys.size(); i++) {
            index.put(customerKeys.get(i), i);
        }
        this.customerIndex = Map.copyOf(index);
        this.tickets = tickets;
        this.commitments = List.copyOf(commitments);
        Map<CustomerKey, List<Commitment>> byCustomer = new HashMap<>();
        Map<IssueKey, List<Commitment>> byEpic = new HashMap<>();
        Map<IssueKey, Commitment> byKey = new HashMap<>();
        for (Commitment commitment : commitments) {
            byCustomer
                    .computeIfAbsent(commitment.customer(), key -> new ArrayList<>())
                    .add(commitment);
            commitment
                    .deliveringEpics()
                    .forEach(epic -> byEpic.computeIfAbsent(epic, key -> new ArrayList<>())
                            .add(commitment));
            byKey.put(commitment.key(), commitment);
        }
        byCustomer.replaceAll((key, list) -> List.copyOf(list));
        byEpic.replaceAll((key, list) -> List.copyOf(list));
        this.commitmentsByCustomer = Map.copyOf(byCustomer);
        this.commitmentsByEpic = Map.copyOf(byEpic);
        this.commitmentsByKey = Map.copyOf(byKey);
        this.epics = Collections.unmodifiableMap(new LinkedHashMap<>(epics));
    }

    /**
     * The demo Jira for {@code customers} on {@code today}: {@code ticketCount} tickets in all (the showcase
     * customers get a handful each, the rest share the others evenly), seeded by {@code seed}.
     */
    public static DemoJira generate(
            long seed, LocalDate today, ZoneId zone, List<Customer> customers, int ticketCount) {
        if (ticketCount < 0) {
            throw new IllegalArgumentException("The demo needs 0 or more tickets, not " + ticketCount + ".");
        }
        Builder builder = new Builder(seed, today, customers);
        Showcase showcase = Showcase.choose(customers, today);
        builder.showcase(showcase);
        builder.otherCommitments(showcase);
        builder.trackRecord(showcase);
        builder.unpromisedEpics();
        DemoTicketTable table = builder.tickets(showcase, ticketCount, zone);
        return new DemoJira(
                zone, customers.stream().map(Customer::key).toList(), table, builder.commitments, builder.epics);
    }

    ZoneId zone() {
        return zone;
    }

    DemoTicketTable tickets() {
        return tickets;
    }

    Optional<Integer> indexOf(CustomerKey customer) {
        return Optional.ofNullable(customerIndex.get(customer));
    }

    public int customerCount() {
        return customerKeys.size();
    }

    public int ticketCount() {
        return tickets.size();
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    public Map<IssueKey, EpicDelivery> epics() {
        return epics;
    }

    List<Commitment> commitmentsOf(CustomerKey customer) {
        return commitmentsByCustomer.getOrDefault(customer, List.of());
    }

    List<Commitment> commitmentsDeliveredBy(IssueKey epic) {
        return commitmentsByEpic.getOrDefault(epic, List.of());
    }

    Optional<Commitment> commitment(IssueKey key) {
        return Optional.ofNullable(commitmentsByKey.get(key));
    }

    /** What a browse page needs to know about a demo issue. */
    public Optional<DemoIssue> issue(IssueKey key) {
        if (key.project().equals(COMMITMENT_PROJECT)) {
            return commitment(key)
                    .map(c -> new DemoIssue(key, c.summary(), "Sales Commitment", Optional.of(c.customer())));
        }
        if (key.project().equals(EPIC_PROJECT)) {
            return Optional.ofNullable(epics.get(key))
                    .map(e -> new DemoIssue(key, e.summary(), "Epic", Optional.empty()));
        }
        return tickets.find(key).map(t -> new DemoIssue(key, t.summary(), t.type(), Optional.of(t.customer())));
    }

    /** A demo issue's key, summary, type and the value of its Customer field. */
    public record DemoIssue(IssueKey key, String summary, String type, Optional<CustomerKey> customer) {}

    /** The three customers whose data is made to show every risk level and health, when the portfolio has them. */
    record Showcase(Optional<Customer> high, Optional<Customer> medium, Optional<Customer> low, LocalDate today) {

        /**
         * Inside the default window, renewing soonest first: low risk needs a renewal scoring at most 1 and a decision
         * date a week or more away (for an on-track forecast); medium risk a renewal scoring at most 2 and the same;
         * high risk any decision date not passed (a passed one locks the renewal in, and nothing would count).
         */
        static Showcase choose(List<Customer> customers, LocalDate today) {
            List<Candidate> inWindow = new ArrayList<>();
            for (Customer customer : customers) {
                NextRenewal.of(customer, today)
                        .filter(renewal -> !renewal.renewal().isBefore(today)
                                && !renewal.renewal().isAfter(today.plusDays(SHOWCASE_WINDOW_DAYS)))
                        .ifPresent(renewal -> inWindow.add(new Candidate(customer, renewal, renewalPoints(renewal))));
            }
            inWindow.sort(Comparator.comparing((Candidate c) -> c.renewal().renewal())
                    .thenComparing(c -> c.customer().key()));
            List<Customer> taken = new ArrayList<>();
            Optional<Customer> low = pick(inWindow, taken, c -> c.points() <= 1 && c.daysToDecision(today) >= 8);
            Optional<Customer> medium = pick(inWindow, taken, c -> c.points() <= 2 && c.daysToDecision(today) >= 8);
            Optional<Customer> high = pick(inWindow, taken, c -> c.daysToDecision(today) >= 1);
            return new Showcase(high, medium, low, today);
        }

        boolean isShowcase(CustomerKey key) {
            return high.map(Customer::key).filter(key::equals).isPresent()
                    || medium.map(Customer::key).filter(key::equals).isPresent()
                    || low.map(Customer::key).filter(key::equals).isPresent();
        }

        /** Medium and low risk customers must not collect ticket flags: a few ordinary tickets only. */
        boolean wantsQuietTickets(CustomerKey key) {
            return medium.map(Customer::key).filter(key::equals).isPresent()
                    || low.map(Customer::key).filter(key::equals).isPresent();
        }

        private static Optional<Customer> pick(
                List<Candidate> candidates, List<Customer> taken, Predicate<Candidate> fits) {
            Optional<Customer> found = candidates.stream()
                    .filter(c -> !taken.contains(c.customer()))
                    .filter(fits)
                    .map(Candidate::customer)
                    .findFirst();
            found.ifPresent(taken::add);
            return found;
        }

        private static int renewalPoints(NextRenewal renewal) {
            return RiskScoring.score(RiskScoring.DEFAULT.flags(
                    renewal, new TicketOverview(0, Map.of(), List.of()), List.of(), Optional.empty()));
        }
    }

    private record Candidate(Customer customer, NextRenewal renewal, int points) {
        long daysToDecision(LocalDate today) {
            return ChronoUnit.DAYS.between(today, renewal.decisionDeadline());
        }
    }

    /** Builds commitments and epics in order, numbering them as Jira would. */
    private static final class Builder {
        private final Random random;
        private final LocalDate today;
        private final List<Customer> customers;
        private final List<Commitment> commitments = new ArrayList<>();
        private final Map<IssueKey, EpicDelivery> epics = new LinkedHashMap<>();
        private final long seed;

        Builder(long seed, LocalDate today, List<Customer> customers) {
            this.seed = seed;
            this.random = new Random(seed * 0x5DEECE66DL + 11);
            this.today = today;
            this.customers = customers;
        }

        void showcase(Showcase showcase) {
            showcase.high().ifPresent(customer -> {
                LocalDate decision = decisionDate(customer);
                commit(
                        customer,
                        "SSO integration",
                        decision.minusDays(5),
                        openEpic("SSO integration", 20, 4, decision.plusDays(20)));
                commit(customer, "Audit log export", today.minusDays(10), openEpic("Audit log export", 12, 1, null));
                commit(customer, "EU data residency", today.plusDays(40));
                commit(
                        customer,
                        "Salesforce sync",
                        today.minusDays(30),
                        doneEpic("Salesforce sync", today.minusDays(20)));
            });
            showcase.medium()
                    .ifPresent(customer ->
                            commit(customer, "Custom roles", today.plusDays(3), openEpic("Custom roles", 9, 6, null)));
            showcase.low().ifPresent(customer -> {
                commit(customer, "SCIM provisioning", today.plusDays(20), openEpic("SCIM provisioning", 9, 6, null));
                commit(customer, "Usage reports", today.plusDays(10), doneEpic("Usage reports", today.minusDays(5)));
            });
        }

        /** About one customer in three gets a promise of a seeded kind; some share an epic with an earlier promise. */
        void otherCommitments(Showcase showcase) {
            for (Customer customer : customers) {
                if (showcase.isShowcase(customer.key()) || random.nextInt(3) != 0) {
                    continue;
                }
                String what = PROMISES.get(random.nextInt(PROMISES.size()));
                LocalDate promised = today.plusDays(random.nextInt(240) - 60);
                int kind = random.nextInt(6);
                if (kind == 0) {
                    commit(customer, what, promised);
                } else if (kind == 1 && !epics.isEmpty()) {
                    // One epic delivers promises to many customers.
                    List<IssueKey> known = new ArrayList<>(epics.keySet());
                    commit(customer, what, promised, known.get(random.nextInt(known.size())));
                } else if (kind == 2) {
                    commit(customer, what, promised, doneEpic(what, today.minusDays(1 + random.nextInt(90))));
                } else {
                    int total = 4 + random.nextInt(20);
                    LocalDate due = random.nextBoolean() ? null : today.plusDays(random.nextInt(200));
                    commit(customer, what, promised, openEpic(what, total, random.nextInt(Math.min(total, 8)), due));
                }
            }
        }

        /**
         * Promises due in each of the four full quarters before today's, to six customers that are not showcase
         * customers, each delivered by a done epic: {@code {customer, day of the quarter, days from promise to
         * delivery, days from promise to the renewal at stake (0: the customer's next renewal)}}. Appended after
         * every other commitment, so the numbers of the earlier ones stay as they were.
         */
        private static final int[][][] TRACK_RECORD = {
            {{0, 20, -3, 0}, {1, 35, -1, 0}, {2, 50, 9, 0}, {3, 70, 0, 0}},
            {{0, 15, -2, 0}, {4, 40, 21, 0}, {1, 60, 30, 12}, {5, 75, -5, 0}},
            {{2, 10, -4, 0}, {3, 30, 4, 0}, {0, 55, -1, 0}, {4, 80, 0, 0}},
            {{5, 20, -2, 0}, {1, 45, 14, 0}, {2, 60, 45, 20}, {3, 85, 6, 0}}
        };

        void trackRecord(Showcase showcase) {
            List<Customer> chosen = customers.stream()
                    .filter(customer -> !showcase.isShowcase(customer.key()))
                    .filter(customer -> NextRenewal.of(customer, today)
                            .flatMap(renewal -> renewal.contract().value())
                            .isPresent())
                    .limit(6)
                    .toList();
            if (chosen.size() < 6) {
                return;
            }
            Quarter quarter = Quarter.of(today);
            for (int i = 0; i < TRACK_RECORD.length; i++) {
                quarter = quarter.previous();
            }
            for (int[][] promises : TRACK_RECORD) {
                for (int[] promise : promises) {
                    Customer customer = chosen.get(promise[0]);
                    LocalDate promised = quarter.firstDay().plusDays(promise[1]);
                    String what = PROMISES.get((promise[0] + promise[1]) % PROMISES.size());
                    IssueKey epic = doneEpic(what, promised.plusDays(promise[2]));
                    pastCommit(customer, what, promised, promise[3] == 0 ? null : promised.plusDays(promise[3]), epic);
                }
                quarter = quarter.next();
            }
            // The last full quarter also has one promise still open, overdue against the customer's next renewal.
            LocalDate promised = quarter.previous().firstDay().plusDays(70);
            pastCommit(chosen.get(4), "Bulk API", promised, null, openEpic("Bulk API", 12, 1, null));
        }

        /** Open epics that deliver no promise, so the scorecard's share of open epics delivering one is not all. */
        void unpromisedEpics() {
            openEpic("Platform upgrade", 10, 3, null);
            openEpic("Search re-index", 6, 1, null);
        }

        /** A promise recording {@code renewal} (else the customer's next renewal) and its contract value at stake. */
        private void pastCommit(
                Customer customer, String summary, LocalDate promised, LocalDate renewal, IssueKey deliveredBy) {
            IssueKey key = new IssueKey(COMMITMENT_PROJECT, commitments.size() + 1L);
            Optional<NextRenewal> next = NextRenewal.of(customer, today);
            commitments.add(new Commitment(
                    key,
                    customer.key(),
                    summary + " for " + customer.name(),
                    promised,
                    SELLERS.get(Math.floorMod(key.hashCode(), SELLERS.size())),
                    next.flatMap(r -> r.contract().value()),
                    renewal == null ? next.map(NextRenewal::renewal) : Optional.of(renewal),
                    List.of(deliveredBy)));
        }

        DemoTicketTable tickets(Showcase showcase, int ticketCount, ZoneId zone) {
            int[] perCustomer = new int[customers.size()];
            List<Integer> others = new ArrayList<>();
            int quietTotal = 0;
            for (int c = 0; c < customers.size(); c++) {
                if (showcase.wantsQuietTickets(customers.get(c).key())) {
                    perCustomer[c] = Math.min(6, ticketCount - quietTotal);
                    quietTotal += perCustomer[c];
                } else {
                    others.add(c);
                }
            }
            int rest = ticketCount - quietTotal;
            for (int i = 0; i < others.size(); i++) {
                perCustomer[others.get(i)] = rest / others.size() + (i < rest % others.size() ? 1 : 0);
            }
            DemoTicketTable table =
                    new DemoTicketTable(customers.stream().map(Customer::key).toList(), perCustomer);
            // SplittableRandom per customer: each customer's tickets depend only on the seed and its index.
            SplittableRandom root = new SplittableRandom(seed ^ 0x7F4A7C15L);
            int[] nextNumber = new int[DemoTicketTable.PROJECTS.size()];
            long startOfToday = today.atStartOfDay(zone).toEpochSecond();
            for (int c = 0; c < customers.size(); c++) {
                SplittableRandom rows = root.split();
                boolean quiet = showcase.wantsQuietTickets(customers.get(c).key());
                boolean high = showcase.high()
                        .map(Customer::key)
                        .filter(customers.get(c).key()::equals)
                        .isPresent();
                for (int row = table.firstRow(c); row < table.endRow(c); row++) {
                    int offset = row - table.firstRow(c);
                    TicketPriority priority = high && offset < 2
                            ? TicketPriority.BLOCKER
                            : quiet
                                    ? (rows.nextBoolean() ? TicketPriority.MEDIUM : TicketPriority.LOW)
                                    : priority(rows.nextInt(100));
                    StatusCategory status = high && offset < 2 ? StatusCategory.IN_PROGRESS : status(rows.nextInt(100));
                    int type = rows.nextInt(DemoTicketTable.TYPES.size());
                    int project = type == 1 ? 1 : 0;
                    long created = startOfToday - 86_400L * (1 + rows.nextInt(400)) + rows.nextInt(86_400);
                    long updated = Math.min(startOfToday, created + rows.nextLong(startOfToday - created + 1));
                    table.set(
                            row,
                            project,
                            ++nextNumber[project],
                            priority,
                            status,
                            type,
                            rows.nextInt(DemoTicketTable.subjects()),
                            Instant.ofEpochSecond(created),
                            Instant.ofEpochSecond(updated));
                }
            }
            table.freeze();
            return table;
        }

        private static TicketPriority priority(int percent) {
            if (percent < 2) {
                return TicketPriority.BLOCKER;
            }
            if (percent < 7) {
                return TicketPriority.CRITICAL;
            }
            if (percent < 25) {
                return TicketPriority.HIGH;
            }
            if (percent < 70) {
                return TicketPriority.MEDIUM;
            }
            return percent < 95 ? TicketPriority.LOW : TicketPriority.OTHER;
        }

        private static StatusCategory status(int percent) {
            return percent < 40
                    ? StatusCategory.DONE
                    : percent < 65 ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO;
        }

        private LocalDate decisionDate(Customer customer) {
            return NextRenewal.of(customer, today)
                    .map(NextRenewal::decisionDeadline)
                    .orElse(today);
        }

        /**
         * An open epic of {@code total} children with {@code recent} of them resolved one a week over the last
         * {@value #FORECAST_PERIOD_DAYS} days (three or more give a forecast) and two resolved long ago.
         */
        private IssueKey openEpic(String summary, int total, int recent, LocalDate due) {
            IssueKey key = new IssueKey(EPIC_PROJECT, epics.size() + 1L);
            List<LocalDate> resolved = new ArrayList<>();
            for (int i = 0; i < recent; i++) {
                resolved.add(today.minusDays(1 + (long) i * (FORECAST_PERIOD_DAYS / Math.max(recent, 1))));
            }
            int old = Math.min(2, total - recent - 1);
            for (int i = 0; i < old; i++) {
                resolved.add(today.minusDays(100 + i * 7L));
            }
            epics.put(key, EpicDelivery.open(key, summary, total, resolved, due));
            return key;
        }

        private IssueKey doneEpic(String summary, LocalDate doneOn) {
            IssueKey key = new IssueKey(EPIC_PROJECT, epics.size() + 1L);
            epics.put(key, EpicDelivery.done(key, summary, doneOn));
            return key;
        }

        private void commit(Customer customer, String summary, LocalDate promised, IssueKey... deliveredBy) {
            IssueKey key = new IssueKey(COMMITMENT_PROJECT, commitments.size() + 1L);
            Optional<NextRenewal> renewal = NextRenewal.of(customer, promised.isAfter(today) ? today : promised);
            Optional<Money> value = renewal.flatMap(r -> r.contract().value());
            commitments.add(new Commitment(
                    key,
                    customer.key(),
                    summary + " for " + customer.name(),
                    promised,
                    SELLERS.get(Math.floorMod(key.hashCode(), SELLERS.size())),
                    value,
                    renewal.map(NextRenewal::renewal),
                    List.of(deliveredBy)));
        }
    }
}
