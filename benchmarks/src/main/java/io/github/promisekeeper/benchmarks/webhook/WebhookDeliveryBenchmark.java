package io.github.promisekeeper.benchmarks.webhook;

import com.sun.net.httpserver.HttpServer;
import io.github.promisekeeper.ao.embedded.AoDatabase;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.webhook.AttemptRecord;
import io.github.promisekeeper.core.webhook.HostResolver;
import io.github.promisekeeper.core.webhook.OutcomeEvent;
import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.PendingDelivery;
import io.github.promisekeeper.core.webhook.RetrySchedule;
import io.github.promisekeeper.core.webhook.TargetPolicy;
import io.github.promisekeeper.core.webhook.WebhookDeliveries;
import io.github.promisekeeper.core.webhook.WebhookDispatcher;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.webhook.EndpointSettings;
import io.github.promisekeeper.jira.webhook.WebhookBodies;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookEndpoints;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookOutbox;
import io.github.promisekeeper.jira.webhook.http.JdkWebhookTransport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the webhook delivery rate to a local receiver: events already in the outbox (Active Objects on H2 in
 * memory, or on PostgreSQL with {@code -Dbenchmark.db=postgresql} and {@code PK_TEST_PG_*}) delivered by the
 * delivery use case ({@link WebhookDispatcher}, as the job runs it) through the JDK transport to a JDK
 * {@code HttpServer} on the loopback interface (8 threads) that answers 204 to every request without checking
 * signatures.
 * Each run starts from empty tables, enqueues the events (timed apart), then times {@code runOnce()} until
 * nothing is pending. The rate counts every step of a delivery: reading the outbox window, signing, the HTTP
 * round trip, and storing the outcome.
 *
 * <p>Not a test: run it by hand (see docs/benchmarks.md).
 */
public final class WebhookDeliveryBenchmark {

    private static final String AO_NAMESPACE = "io.github.promisekeeper";
    private static final String SECRET = "benchmark-secret-0123456789";
    private static final int EVENTS = Integer.getInteger("benchmark.events", 10_000);
    private static final int COMMITMENTS = Integer.getInteger("benchmark.commitments", 100);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);

    private WebhookDeliveryBenchmark() {}

    public static void main(String[] args) throws IOException {
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        // A receiver serves requests in parallel, as a CRM's endpoint does; the JDK's default is one thread.
        ExecutorService receiverThreads = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiverThreads);
        receiver.start();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        System.out.printf(
                Locale.ROOT,
                "Webhook delivery: %d events over %d commitments per run, %d runs, %s, Java %s, %d CPUs%n",
                EVENTS,
                COMMITMENTS,
                RUNS,
                database().isH2() ? "H2 in memory" : "PostgreSQL",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        List<Double> rates = new ArrayList<>();
        try {
            for (int run = 1; run <= RUNS; run++) {
                rates.add(run(run, url, received));
            }
        } finally {
            receiver.stop(0);
            receiverThreads.shutdown();
        }
        List<Double> sorted = new ArrayList<>(rates);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "median delivery rate: %.0f events/s%n", sorted.get(sorted.size() / 2));
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

    private static double run(int run, URI url, AtomicInteger received) {
        AoDatabase database = database();
        if (!database.isH2()) {
            database.dropTables(AO_NAMESPACE);
        }
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(database.entityManager(AO_NAMESPACE));
        try {
            ao.migrate(DataModel.entities());
            Clock clock = Clock.systemUTC();
            AoWebhookEndpoints endpoints = new AoWebhookEndpoints(ao);
            endpoints.create(
                    new EndpointSettings(url, SECRET, EnumSet.allOf(OutcomeKind.class), true, false, true),
                    Instant.now());
            AoWebhookOutbox outbox = new AoWebhookOutbox(ao, endpoints, new WebhookBodies(new Json()), clock);
            long enqueueStart = System.nanoTime();
            List<OutcomeEvent> batch = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                batch.add(OutcomeEvent.forCommitment(
                                OutcomeKind.HEALTH_CHANGED, Instant.now(), "ACME", "SC-" + (i % COMMITMENTS))
                        .withCrmId("0015g00000" + i)
                        .withHealth(Health.AT_RISK, Health.ON_TRACK));
                if (batch.size() == 500) {
                    outbox.enqueue(batch);
                    batch = new ArrayList<>();
                }
            }
            outbox.enqueue(batch);
            double enqueueSeconds = (System.nanoTime() - enqueueStart) / 1e9;

            TimedDeliveries timed = new TimedDeliveries(outbox);
            WebhookDispatcher dispatcher = new WebhookDispatcher(
                    timed,
                    endpoints,
                    new JdkWebhookTransport(),
                    new TargetPolicy(HostResolver.system()),
                    RetrySchedule.standard(),
                    clock);
            int before = received.get();
            long start = System.nanoTime();
            int delivered = 0;
            while (!outbox.pending(1).isEmpty()) {
                delivered += dispatcher.runOnce().delivered();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = delivered / seconds;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: enqueued %d in %.2f s (%.0f/s); delivered %d (receiver got %d) in %.2f s: %.0f events/s"
                            + " (outbox reads %.2f s, outcome writes %.2f s)%n",
                    run,
                    EVENTS,
                    enqueueSeconds,
                    EVENTS / enqueueSeconds,
                    delivered,
                    received.get() - before,
                    seconds,
                    rate,
                    timed.readNanos / 1e9,
                    timed.writeNanos / 1e9);
            return rate;
        } finally {
            database.shutdown();
        }
    }

    /** The outbox, timing its reads and writes, so a run says how much of it was storage. */
    private static final class TimedDeliveries implements WebhookDeliveries {
        private final WebhookDeliveries delegate;
        private long readNanos;
        private long writeNanos;

        TimedDeliveries(WebhookDeliveries delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<PendingDelivery> pending(int limit) {
            long start = System.nanoTime();
            try {
                return delegate.pending(limit);
            } finally {
                readNanos += System.nanoTime() - start;
            }
        }

        @Override
        public void record(List<AttemptRecord> attempts) {
            long start = System.nanoTime();
            try {
                delegate.record(attempts);
            } finally {
                writeNanos += System.nanoTime() - start;
            }
        }
    }
}
