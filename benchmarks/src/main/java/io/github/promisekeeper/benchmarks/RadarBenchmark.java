package io.github.promisekeeper.benchmarks;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.CommitmentHealth;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.radar.RadarInput;
import io.github.promisekeeper.core.radar.RadarReport;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RiskRadar;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.OpenTickets;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The radar's ranking over 10,000 customers and 1,000,000 open tickets, next to single-pass floors over
 * the same tickets in the same run: the radar should stay within 3× of the floor.
 *
 * <p>The tickets are built as the {@code Tickets} adapters deliver them: read one after another in the search's
 * order (customers mixed), each appended to its customer's group as it arrives. The floors read the same groups
 * in the same order the radar does. {@link #floorSumTicketsFlat} reads the same tickets as one flat list in
 * arrival order (what the radar read before the port grouped them), and the two {@code adapter…} rows show what
 * an adapter pays to collect them flat or grouped, so that nothing the radar saves is hidden in the adapter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RadarBenchmark {

    static final int CUSTOMERS = 10_000;
    static final int TICKETS = 1_000_000;
    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private RadarInput input;
    private OpenTickets grouped;
    private List<Ticket> arrived;
    private Set<CustomerKey> wanted;
    private RiskRadar radar;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        String[] currencies = {"USD", "EUR", "GBP"};
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        List<CommitmentHealth> commitments = new ArrayList<>();
        Health[] healths = Health.values();
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerKey key = CustomerKey.of("C" + i);
            Contract contract = new Contract(
                    "K" + i,
                    null,
                    TODAY.plusDays(random.nextInt(90)),
                    new Money(100_000L + random.nextInt(10_000_000), Money.currency(currencies[i % 3])),
                    random.nextInt(60),
                    random.nextBoolean(),
                    ContractStatus.ACTIVE);
            customers.add(new Customer(key, "Customer " + i, "crm-" + i, Set.of(), null, null, List.of(contract)));
            for (int c = 0; c < 2; c++) {
                Commitment commitment = new Commitment(
                        new IssueKey("SC", 2L * i + c + 1),
                        key,
                        "Promise " + c,
                        TODAY.plusDays(random.nextInt(120)),
                        "sales",
                        Optional.empty(),
                        Optional.empty(),
                        List.of(new IssueKey("EPIC", 1 + random.nextInt(500))));
                commitments.add(new CommitmentHealth(
                        commitment,
                        healths[random.nextInt(healths.length)],
                        List.of(Reason.text("benchmark reason")),
                        List.of()));
            }
        }
        TicketPriority[] priorities = TicketPriority.values();
        Instant base = Instant.parse("2026-06-01T00:00:00Z");
        wanted = new HashSet<>();
        customers.forEach(customer -> wanted.add(customer.key()));
        OpenTickets.Builder builder = OpenTickets.builder(wanted);
        arrived = new ArrayList<>(TICKETS);
        for (int t = 0; t < TICKETS; t++) {
            Instant created = base.plusSeconds(random.nextInt(200 * 86_400));
            arrived.add(new Ticket(
                    new IssueKey("SUP", t + 1L),
                    customers.get(random.nextInt(CUSTOMERS)).key(),
                    "Ticket summary " + t,
                    priorities[random.nextInt(priorities.length)],
                    random.nextBoolean() ? StatusCategory.TO_DO : StatusCategory.IN_PROGRESS,
                    "Bug",
                    created,
                    created.plusSeconds(random.nextInt(30 * 86_400))));
            builder.add(arrived.getLast()); // as an adapter groups each result as it arrives
        }
        grouped = builder.build();
        input = new RadarInput(
                new RenewalWindow(TODAY, 90), WindowBasis.RENEWAL_DATE, customers, grouped, commitments, true);
        radar = new RiskRadar(RadarSettings.defaults(ExchangeRates.only("USD").with("EUR", "1.08")));
        // A full collection compacts the input in place, in the order it was made (tickets in arrival order), so that
        // every fork measures the same memory layout whatever collections its own benchmark later causes.
        System.gc();
    }

    /** The whole ranking: window filter, ticket tally, commitments, scoring with reasons, value sums, sort. */
    @Benchmark
    public RadarReport radar() {
        return radar.draw(input, false);
    }

    /**
     * Floor: one loop over the same tickets, in the structure and order the radar reads them (customer after
     * customer, each one's group), summing a field of each. Nothing can read them faster.
     */
    @Benchmark
    public long floorSumTickets() {
        long sum = 0;
        for (Customer customer : input.customers()) {
            List<Ticket> group = grouped.of(customer.key());
            for (int i = 0, size = group.size(); i < size; i++) {
                Ticket ticket = group.get(i);
                sum += ticket.priority().ordinal() + (ticket.isOpen() ? 1 : 0);
            }
        }
        return sum;
    }

    /** The same sum over the same tickets as one flat list in arrival order: the floor before tickets were grouped. */
    @Benchmark
    public long floorSumTicketsFlat() {
        long sum = 0;
        for (Ticket ticket : arrived) {
            sum += ticket.priority().ordinal() + (ticket.isOpen() ? 1 : 0);
        }
        return sum;
    }

    /** A second floor: the same loop over the groups, counting each customer's tickets per priority. */
    @Benchmark
    public List<int[]> floorCountPerCustomer() {
        List<int[]> counts = new ArrayList<>(CUSTOMERS);
        for (Customer customer : input.customers()) {
            int[] count = new int[TicketPriority.values().length];
            List<Ticket> group = grouped.of(customer.key());
            for (int i = 0, size = group.size(); i < size; i++) {
                count[group.get(i).priority().ordinal()]++;
            }
            counts.add(count);
        }
        return counts;
    }

    /** What an adapter paid when it returned a flat list: each arriving ticket checked against the customers asked for. */
    @Benchmark
    public List<Ticket> adapterCollectsFlat() {
        List<Ticket> kept = new ArrayList<>();
        for (Ticket ticket : arrived) {
            if (wanted.contains(ticket.customer())) {
                kept.add(ticket);
            }
        }
        return kept;
    }

    /** What an adapter pays now: each arriving ticket appended to its customer's group (the same one lookup). */
    @Benchmark
    public OpenTickets adapterCollectsGrouped() {
        OpenTickets.Builder builder = OpenTickets.builder(wanted);
        for (Ticket ticket : arrived) {
            builder.add(ticket);
        }
        return builder.build();
    }
}
