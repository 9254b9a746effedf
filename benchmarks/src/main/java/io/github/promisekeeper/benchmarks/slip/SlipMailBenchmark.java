package io.github.promisekeeper.benchmarks.slip;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import io.github.promisekeeper.ao.embedded.AoDatabase;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertListener;
import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.core.alert.AlertTransactionListener;
import io.github.promisekeeper.core.alert.SlipCheck;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.CommitmentHealthCheck;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.ExchangeRates;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RadarSettings;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.alert.ao.AoAlertStore;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.customer.ao.AoCustomers;
import io.github.promisekeeper.jira.mail.AlertMailer;
import io.github.promisekeeper.jira.mail.CommitmentIssues;
import io.github.promisekeeper.jira.mail.MailDirectory;
import io.github.promisekeeper.jira.mail.MailRenderer;
import io.github.promisekeeper.jira.mail.MailSettings;
import io.github.promisekeeper.jira.mail.MailSettingsStore;
import io.github.promisekeeper.jira.mail.MailTexts;
import io.github.promisekeeper.jira.mail.ao.AoMailPreferences;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.search.JqlSearch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures the slip check with its immediate mail over 1,000 customers and 5,000 open commitments (two epics
 * each): per run a fresh database (Active Objects on H2 in memory, or on PostgreSQL with {@code
 * -Dbenchmark.db=postgresql} and {@code PK_TEST_PG_*}), the customers stored, a baseline check recorded, then a
 * change that moves one epic of every tenth commitment past its promised date, and the timed check that raises
 * the slips and mails them through the real {@link AlertMailer} (real directory, texts, Velocity templates and
 * preferences store) to a {@link MailOut} that counts the batches it is handed.
 *
 * <p>Jira itself is played by in-memory doubles ({@link BenchJira}): the check's commitment and epic reads are
 * counted as calls of its ports, the mailer's issue reads as the Jira searches {@link CommitmentIssues} makes. The
 * check's own Jira searches are counted by {@code SlipCheckSearchBoundTest}. Not a test: run it by hand (see
 * docs/benchmarks.md).
 */
public final class SlipMailBenchmark {

    private static final String AO_NAMESPACE = "io.github.promisekeeper";
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 1000);
    private static final int COMMITMENTS = Integer.getInteger("benchmark.commitments", 5000);
    private static final int WORSEN_EVERY = Integer.getInteger("benchmark.worsenEvery", 10);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 6);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

    private SlipMailBenchmark() {}

    public static void main(String[] args) {
        System.out.printf(
                Locale.ROOT,
                "Slip check + mail: %d customers, %d open commitments (2 epics each), every %dth worsened, %d runs"
                        + " (run 1 = warm-up), %s, Java %s, %d CPUs%n",
                CUSTOMERS,
                COMMITMENTS,
                WORSEN_EVERY,
                RUNS,
                database().isH2() ? "H2 in memory" : "PostgreSQL",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        List<RunResult> results = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            RunResult result = run(run);
            results.add(result);
            System.out.println(result.describe(run));
        }
        List<RunResult> measured = results.subList(Math.min(1, results.size() - 1), results.size());
        System.out.printf(
                Locale.ROOT,
                "median of runs 2-%d: baseline check %.2f s; worsening check %.2f s, of which mail %.2f s%n",
                RUNS,
                median(measured.stream().map(RunResult::baselineSeconds).toList()),
                median(measured.stream().map(RunResult::checkSeconds).toList()),
                median(measured.stream().map(RunResult::mailSeconds).toList()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static AoDatabase database() {
        if ("postgresql".equals(System.getProperty("benchmark.db"))) {
            return new AoDatabase(
                    System.getenv("PK_TEST_PG_URL"),
                    System.getenv().getOrDefault("PK_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("PK_TEST_PG_PASSWORD", ""));
        }
        return AoDatabase.h2InMemory();
    }

    private static RunResult run(int run) {
        AoDatabase database = database();
        if (!database.isH2()) {
            database.dropTables(AO_NAMESPACE);
        }
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager(AO_NAMESPACE));
        try {
            ao.migrate(DataModel.entities());
            AoCustomers customers = new AoCustomers(ao);
            customers.upsertAll(customers(), Change.onAdminPage("benchmark", CLOCK.instant()));
            BenchJira jira = new BenchJira(CUSTOMERS, COMMITMENTS, TODAY);
            AoAlertStore store = new AoAlertStore(ao);
            CountingMailOut out = new CountingMailOut();
            TimedListener mail = new TimedListener(mailer(ao, jira, customers, out));
            SlipCheck check = new SlipCheck(
                    new CommitmentHealthCheck(jira.commitments(), jira.epics(), customers, CLOCK),
                    new RenewalRadar(customers, jira.tickets(), jira.commitments(), jira.epics(), CLOCK),
                    store,
                    AlertTransactionListener.NONE,
                    List.of(mail),
                    CLOCK);
            RadarSettings radarSettings =
                    RadarSettings.defaults(new ExchangeRates(Currency.getInstance("EUR"), Map.of()));
            RadarRequest window = new RadarRequest(90, WindowBasis.RENEWAL_DATE, Scope.all(), false);

            long start = System.nanoTime();
            AlertChanges baseline = check.run(AlertSettings.DEFAULTS, radarSettings, window);
            double baselineSeconds = (System.nanoTime() - start) / 1e9;
            if (!baseline.raised().isEmpty()) {
                throw new IllegalStateException(
                        "The baseline raised " + baseline.raised().size() + " alerts.");
            }

            int worsened = jira.worsenEvery(WORSEN_EVERY);
            jira.resetCounts();
            start = System.nanoTime();
            AlertChanges changes = check.run(AlertSettings.DEFAULTS, radarSettings, window);
            double checkSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> byKind = changes.raised().stream()
                    .collect(Collectors.groupingBy(
                            alert -> alert.alert().kind().name(), TreeMap::new, Collectors.counting()));
            long worsenings = changes.raised().stream()
                    .map(StoredAlert::alert)
                    .filter(alert -> alert.kind().isWorsening())
                    .count();
            return new RunResult(
                    baselineSeconds,
                    checkSeconds,
                    mail.seconds,
                    worsened,
                    changes.raised().size(),
                    worsenings,
                    byKind,
                    out.mails,
                    out.mails == 0 ? 0 : out.characters / out.mails,
                    List.copyOf(out.batches),
                    jira.portCalls(),
                    jira.mailSearches,
                    jira.mailSearchKeys);
        } finally {
            database.shutdown();
        }
    }

    /** Customer c renews in 60 days (inside the 90-day window) with 30 days' notice; every tenth is Gold. */
    private static List<Customer> customers() {
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            customers.add(new Customer(
                    CustomerKey.of(BenchJira.customerKey(c)),
                    "Customer " + c,
                    null,
                    Set.of(),
                    c % 10 == 0 ? "Gold" : "Silver",
                    "owner" + (c % 100),
                    List.of(new Contract(
                            "K-" + c,
                            TODAY.minusYears(1),
                            TODAY.plusDays(60),
                            Money.of("120000.00", "EUR"),
                            30,
                            true,
                            ContractStatus.ACTIVE))));
        }
        return customers;
    }

    private static AlertMailer mailer(
            EntityManagerActiveObjects ao, BenchJira jira, AoCustomers customers, MailOut out) {
        MailSettingsStore settings = new MailSettingsStore(new MapSettings());
        settings.save(new MailSettings(settings.current().digest(), true, true, Map.of("Gold", Set.of("gold-team"))));
        UserManager users = jira.service(UserManager.class);
        // Owners of customers are in the finance group: their mails carry the value at stake.
        AccessGroups access = new AccessGroups(Set.of(), Set.of("finance"), Set.of());
        MailDirectory directory = new MailDirectory(
                users,
                jira.service(GroupManager.class),
                jira.service(WatcherManager.class),
                jira.service(PermissionManager.class),
                jira.service(LocaleManager.class),
                jira.service(TimeZoneManager.class),
                JiraServiceAvailability.all(),
                new Permissions(jira.salUsers(), () -> access),
                new AoMailPreferences(ao),
                settings);
        JqlSearch search = new CountingJqlSearch(
                jira, jira.service(SearchService.class), jira.service(JiraAuthenticationContext.class));
        return new AlertMailer(
                out,
                directory,
                new CommitmentIssues(search, () -> null),
                customers,
                settings,
                new MailTexts(new BundleI18n(), urlMode -> "https://jira.example.com"),
                new MailRenderer(new VelocityRenderer()));
    }

    /** What one run measured. */
    private record RunResult(
            double baselineSeconds,
            double checkSeconds,
            double mailSeconds,
            int worsenedCommitments,
            int alertsRaised,
            long worsenings,
            Map<String, Long> alertsByKind,
            int mailsQueued,
            long averageMailCharacters,
            List<Integer> batches,
            Map<String, Integer> portCalls,
            int mailSearches,
            int mailSearchKeys) {

        String describe(int run) {
            Map<Integer, Long> sizes =
                    batches.stream().collect(Collectors.groupingBy(size -> size, TreeMap::new, Collectors.counting()));
            return String.format(
                    Locale.ROOT,
                    "run %d%s: baseline check %.2f s; worsened %d commitments; check %.2f s (mail %.2f s): %d alerts"
                            + " raised (%d worsenings) %s; %d mails queued in %d batches %s, in order %s (%d characters of html + text a mail on average); check's Jira port calls"
                            + " %s; mailer's Jira searches %d for %d issue keys",
                    run,
                    run == 1 ? " (warm-up)" : "",
                    baselineSeconds,
                    worsenedCommitments,
                    checkSeconds,
                    mailSeconds,
                    alertsRaised,
                    worsenings,
                    alertsByKind,
                    mailsQueued,
                    batches.size(),
                    sizes.entrySet().stream()
                            .map(entry -> entry.getValue() + " × " + entry.getKey())
                            .collect(Collectors.joining(" + ", "(", ")")),
                    batches,
                    averageMailCharacters,
                    portCalls,
                    mailSearches,
                    mailSearchKeys);
        }
    }

    /** The mail queue, counting what it is handed: Jira's queue takes each batch in one call. */
    private static final class CountingMailOut implements MailOut {
        private final List<Integer> batches = new ArrayList<>();
        private int mails;
        private long characters;

        @Override
        public boolean canSend() {
            return true;
        }

        @Override
        public void send(List<OutgoingMail> batch) {
            batches.add(batch.size());
            mails += batch.size();
            batch.forEach(
                    mail -> characters += mail.html().length() + mail.text().length());
        }
    }

    /** The mailer, timed: the check calls it after committing, inside {@code run}. */
    private static final class TimedListener implements AlertListener {
        private final AlertListener delegate;
        private double seconds;

        TimedListener(AlertListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void alertsStored(AlertChanges changes) {
            long start = System.nanoTime();
            try {
                delegate.alertsStored(changes);
            } finally {
                seconds += (System.nanoTime() - start) / 1e9;
            }
        }
    }

    /** Jira's search for the mailer's issue reads, counting each search and answering the keys it names. */
    private static final class CountingJqlSearch extends JqlSearch {
        private static final Pattern KEY = Pattern.compile("\"([A-Z][A-Z0-9]*-\\d+)\"");
        private final BenchJira jira;

        CountingJqlSearch(BenchJira jira, SearchService searchService, JiraAuthenticationContext authentication) {
            super(searchService, authentication);
            this.jira = jira;
        }

        @Override
        public List<Issue> searchAs(ApplicationUser user, String jql) {
            List<Issue> found = new ArrayList<>();
            Matcher key = KEY.matcher(jql);
            while (key.find()) {
                jira.mailSearchKeys++;
                Issue issue = jira.issue(key.group(1));
                if (issue != null) {
                    found.add(issue);
                }
            }
            jira.mailSearches++;
            return found;
        }
    }

    /** SAL's plugin settings, in a map. */
    private static final class MapSettings implements PluginSettingsFactory {
        private final Map<String, Object> values = new ConcurrentHashMap<>();

        @Override
        public PluginSettings createGlobalSettings() {
            return BenchJira.proxy(PluginSettings.class, (name, args) -> switch (name) {
                case "get" -> values.get((String) args[0]);
                case "put" -> args[1] == null ? values.remove((String) args[0]) : values.put((String) args[0], args[1]);
                case "remove" -> values.remove((String) args[0]);
                default -> throw new UnsupportedOperationException(name);
            });
        }
    }
}
