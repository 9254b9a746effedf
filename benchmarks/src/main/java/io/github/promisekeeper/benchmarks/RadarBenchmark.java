package io.github.promisekeeper.benchmarks;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The radar's ranking over 10,000 customers and 1,000,000 open tickets, next to single-pass floors over
 * the same tickets in the same run: the radar should stay within 3× of the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RadarBenchmark {

    static final int CUSTOMERS = 10_000;
    static final int TICKETS = 1_000_000;
    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private RadarInput input;
    private List<Ticket> tickets;
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
            Contract contract = new Contract("K" + i, null, TODAY.plusDays(random.nextInt(90)),
                    new Money(100_000L + random.nextInt(10_000_000), Money.currency(currencies[i % 3])),
                    random.nextInt(60), random.nextBoolean(), ContractStatus.ACTIVE);
            customers.add(new Customer(key, "Customer " + i, "crm-" + i, Set.of(), null, null, List.of(contract)));
            for (int c = 0; c < 2; c++) {
                Commitment commitment = new Commitment(new IssueKey("SC", 2L * i + c + 1), key, "Promise " + c,
                        TODAY.plusDays(random.nextInt(120)), "sales", Optional.empty(), Optional.empty(),
                        List.of(new IssueKey("EPIC", 1 + random.nextInt(500))));
                commitments.add(new CommitmentHealth(commitment, healths[random.nextInt(healths.length)],
                        List.of("benchmark reason"), List.of()));
            }
        }
        TicketPriority[] priorities = TicketPriority.values();
        Instant base = Instant.parse("2026-06-01T00:00:00Z");
        tickets = new ArrayList<>(TICKETS);
        for (int t = 0; t < TICKETS; t++) {
            Instant created = base.plusSeconds(random.nextInt(200 * 86_400));
            tickets.add(new Ticket(new IssueKey("SUP", t + 1L), customers.get(random.nextInt(CUSTOMERS)).key(),
                    "Ticket summary " + t, priorities[random.nextInt(priorities.length)],
                    random.nextBoolean() ? StatusCategory.TO_DO : StatusCategory.IN_PROGRESS, "Bug",
                    created, created.plusSeconds(random.nextInt(30 * 86_400))));
        }
        input = new RadarInput(new RenewalWindow(TODAY, 90), WindowBasis.RENEWAL_DATE, customers, tickets, commitments, true);
        radar = new RiskRadar(RadarSettings.defaults(ExchangeRates.only("USD").with("EUR", "1.08")));
    }

    /** The whole ranking: window filter, ticket tally, commitments, scoring with reasons, value sums, sort. */
    @Benchmark
    public RadarReport radar() {
        return radar.draw(input, false);
    }

    /** Floor: one loop over the same tickets, summing a field of each. Nothing can read them faster. */
    @Benchmark
    public long floorSumTickets() {
        long sum = 0;
        for (Ticket ticket : tickets) {
            sum += ticket.priority().ordinal() + (ticket.isOpen() ? 1 : 0);
        }
        return sum;
    }

    /** A second floor: the same loop adding each ticket to its customer's per-priority count. */
    @Benchmark
    public Map<CustomerKey, int[]> floorCountPerCustomer() {
        Map<CustomerKey, int[]> counts = new HashMap<>(CUSTOMERS * 2);
        for (Customer customer : input.customers()) {
            counts.put(customer.key(), new int[TicketPriority.values().length]);
        }
        for (Ticket ticket : tickets) {
            int[] count = counts.get(ticket.customer());
            if (count != null) {
                count[ticket.priority().ordinal()]++;
            }
        }
        return counts;
    }
}
