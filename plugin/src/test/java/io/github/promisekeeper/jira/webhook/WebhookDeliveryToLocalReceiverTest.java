package io.github.promisekeeper.jira.webhook;

import io.github.promisekeeper.ao.embedded.AoDatabase;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.webhook.DeliveryStatus;
import io.github.promisekeeper.core.webhook.HostResolver;
import io.github.promisekeeper.core.webhook.OutcomeEvent;
import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.RetrySchedule;
import io.github.promisekeeper.core.webhook.TargetPolicy;
import io.github.promisekeeper.core.webhook.WebhookDispatcher;
import io.github.promisekeeper.core.webhook.WebhookEndpoint;
import io.github.promisekeeper.core.webhook.WebhookTransport;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookEndpoints;
import io.github.promisekeeper.jira.webhook.ao.AoWebhookOutbox;
import io.github.promisekeeper.jira.webhook.http.JdkWebhookTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole delivery path against a real HTTP receiver on the loopback interface: outbox rows in Active Objects
 * (H2), the delivery use case, the JDK transport, HMAC signatures checked by the receiver on its own.
 */
class WebhookDeliveryToLocalReceiverTest {

    private static final String SECRET = "a-shared-secret-of-some-length";
    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private AoDatabase database;
    private LocalReceiver receiver;
    private AoWebhookEndpoints endpoints;
    private AoWebhookOutbox outbox;
    private WebhookEndpoint endpoint;

    /** A clock the test moves forward, so that back-off delays pass without waiting. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() throws IOException {
        TestDatabase.Jdbc jdbc = TestDatabase.H2.jdbc();
        database = new AoDatabase(jdbc.url(), jdbc.user(), jdbc.password());
        EntityManagerActiveObjects ao =
                new EntityManagerActiveObjects(database.entityManager(TestDatabase.AO_NAMESPACE));
        ao.migrate(DataModel.entities());
        receiver = new LocalReceiver(SECRET);
        wire(ao);
        // The receiver listens on 127.0.0.1: a private target, which the administrator allowed for this endpoint.
        endpoint = endpoints.create(
                new EndpointSettings(receiver.url(), SECRET, EnumSet.allOf(OutcomeKind.class), true, false, true), T0);
    }

    private void wire(EntityManagerActiveObjects ao) {
        endpoints = new AoWebhookEndpoints(ao);
        outbox = new AoWebhookOutbox(ao, endpoints, new WebhookBodies(new Json()), clock);
    }

    /** A new job instance over the same tables, as after a node restart: a new entity manager, a new dispatcher. */
    private WebhookDispatcher newJobInstance(WebhookTransport transport) {
        wire(new EntityManagerActiveObjects(database.entityManager(TestDatabase.AO_NAMESPACE)));
        return new WebhookDispatcher(
                outbox, endpoints, transport, new TargetPolicy(HostResolver.system()), RetrySchedule.standard(), clock);
    }

    private WebhookDispatcher dispatcher() {
        return newJobInstance(new JdkWebhookTransport());
    }

    @AfterEach
    void stop() {
        receiver.close();
        database.shutdown();
    }

    private static OutcomeEvent event(String commitment, int sequence) {
        return OutcomeEvent.forCommitment(OutcomeKind.HEALTH_CHANGED, T0.plusSeconds(sequence), "ACME", commitment)
                .withHealth(sequence % 2 == 0 ? Health.AT_RISK : Health.ON_TRACK, null)
                .withCrmId("crm-" + sequence);
    }

    /** Runs the job until nothing is pending, moving the clock past each back-off; at most {@code runs} runs. */
    private void deliverEverything(WebhookDispatcher dispatcher, int runs) {
        for (int run = 0; run < runs && !outbox.pending(1).isEmpty(); run++) {
            dispatcher.runOnce();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(outbox.pending(1))
                .as("still pending after " + runs + " runs")
                .isEmpty();
    }

    @Test
    void everyRequestCarriesASignatureTheReceiverVerifiesOnItsOwn() {
        outbox.enqueue(List.of(event("SC-1", 1), event("SC-2", 2), OutcomeEvent.renewalAtRisk(T0, "ACME")));

        WebhookDispatcher.RunSummary summary = dispatcher().runOnce();

        assertThat(summary.delivered()).isEqualTo(3);
        assertThat(receiver.received()).hasSize(3).allSatisfy(request -> {
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.timestamp()).isEqualTo(T0.getEpochSecond());
            assertThat(request.body().get("deliveryId").getAsString()).isEqualTo(request.deliveryId());
            assertThat(request.body().get("event").getAsString()).isEqualTo(request.event());
            assertThat(request.body().has("value")).isFalse();
        });
        assertThat(receiver.received())
                .extracting(LocalReceiver.Received::event)
                .containsExactlyInAnyOrder(
                        "commitment.health_changed", "commitment.health_changed", "customer.renewal_at_risk");
    }

    @Test
    void aReceiverWithAnotherSecretSeesTheSignatureFail() throws IOException {
        try (LocalReceiver stranger = new LocalReceiver("not-the-endpoints-secret")) {
            endpoints.update(
                    endpoint.id(),
                    new EndpointSettings(stranger.url(), null, EnumSet.allOf(OutcomeKind.class), true, false, true));
            outbox.enqueue(List.of(event("SC-1", 1)));

            dispatcher().runOnce();

            assertThat(stranger.received())
                    .singleElement()
                    .satisfies(r -> assertThat(r.signatureValid()).isFalse());
        }
    }

    @Test
    void retriesAcrossAnOutageAndDeliversEveryEventOnceTheReceiverIsBack() throws IOException {
        receiver.stop();
        for (int i = 1; i <= 5; i++) {
            outbox.enqueue(List.of(event("SC-" + i, i)));
        }
        WebhookDispatcher dispatcher = dispatcher();

        WebhookDispatcher.RunSummary down = dispatcher.runOnce();

        // Requests already in flight when the first one found nobody listening still go out; no more after them.
        int tried = down.attempts();
        assertThat(tried).isBetween(1, 5);
        List<DeliveryLogEntry> attempted = outbox.recent(10).stream()
                .filter(entry -> entry.attempts() == 1)
                .toList();
        assertThat(attempted).hasSize(tried).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(entry.lastStatusCode()).isZero();
            assertThat(entry.lastError()).contains("ConnectException");
            assertThat(entry.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        });

        receiver.restart();
        clock.advance(Duration.ofSeconds(30));
        dispatcher.runOnce();
        assertThat(receiver.received())
                .as("the ones tried wait out their back-off")
                .hasSize(5 - tried);
        clock.advance(Duration.ofSeconds(30));
        dispatcher.runOnce();

        assertThat(receiver.received())
                .extracting(LocalReceiver.Received::orderingKey)
                .containsExactlyInAnyOrder("SC-1", "SC-2", "SC-3", "SC-4", "SC-5");
        assertThat(outbox.recent(10))
                .allSatisfy(entry -> assertThat(entry.status()).isEqualTo(DeliveryStatus.DELIVERED));
        assertThat(outbox.recent(10).stream().filter(entry -> entry.attempts() == 2))
                .hasSize(tried);
    }

    @Test
    void aLaterEventOfACommitmentWaitsUntilTheEarlierOneIsDelivered() {
        outbox.enqueue(List.of(event("SC-1", 1), event("SC-1", 2), event("SC-2", 3), event("SC-1", 4)));
        AtomicInteger firstEventSeen = new AtomicInteger();
        // SC-1's first event fails the first time it arrives, whatever else arrives in between.
        receiver.answer(
                (n, request) -> crmId(request).equals("crm-1") && firstEventSeen.getAndIncrement() == 0 ? 500 : 200);
        WebhookDispatcher dispatcher = dispatcher();

        dispatcher.runOnce();
        assertThat(receiver.received())
                .extracting(WebhookDeliveryToLocalReceiverTest::crmId)
                .containsExactlyInAnyOrder("crm-1", "crm-3");

        clock.advance(Duration.ofMinutes(1));
        dispatcher.runOnce();

        List<String> sc1 = receiver.received().stream()
                .filter(request -> request.orderingKey().equals("SC-1"))
                .map(WebhookDeliveryToLocalReceiverTest::crmId)
                .toList();
        assertThat(sc1).containsExactly("crm-1", "crm-1", "crm-2", "crm-4");
        List<String> firstIds = receiver.received().stream()
                .filter(request -> crmId(request).equals("crm-1"))
                .map(LocalReceiver.Received::deliveryId)
                .distinct()
                .toList();
        assertThat(firstIds).as("the retry keeps its delivery id").hasSize(1);
    }

    private static String crmId(LocalReceiver.Received request) {
        return request.body().getAsJsonObject("customer").get("crmId").getAsString();
    }

    @Test
    void tenThousandEventsAreAllDeliveredInOrderPerCommitmentThroughOccasionalFailures() {
        int total = 10_000;
        List<OutcomeEvent> batch = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            batch.add(event("SC-" + (i % 100), i));
            if (batch.size() == 1_000) {
                outbox.enqueue(batch);
                batch.clear();
            }
        }
        receiver.answer((n, request) -> n % 97 == 0 ? 503 : 200);

        deliverEverything(dispatcher(), 50);

        List<LocalReceiver.Received> received = receiver.received();
        Set<String> delivered = received.stream()
                .filter(r -> r.signatureValid())
                .map(LocalReceiver.Received::deliveryId)
                .collect(Collectors.toSet());
        assertThat(delivered).hasSize(total);
        assertOrderedPerCommitment(received);
    }

    @Test
    void aJobInstanceThatStopsMidRunLosesNothingTheNextOneDelivers() {
        int total = 1_200;
        List<OutcomeEvent> events = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            events.add(event("SC-" + (i % 40), i));
        }
        outbox.enqueue(events);
        JdkWebhookTransport http = new JdkWebhookTransport();
        AtomicInteger sent = new AtomicInteger();
        WebhookTransport dyingNode = (url, headers, body) -> {
            if (sent.incrementAndGet() > 700) {
                throw new IllegalStateException("the node stops here");
            }
            return http.post(url, headers, body);
        };

        try {
            newJobInstance(dyingNode).runOnce();
        } catch (IllegalStateException stopped) {
            assertThat(stopped).hasMessage("the node stops here");
        }
        int beforeRestart = receiver.received().size();
        deliverEverything(newJobInstance(http), 10);

        List<LocalReceiver.Received> received = receiver.received();
        assertThat(beforeRestart).isEqualTo(700);
        assertThat(received.stream()
                        .map(LocalReceiver.Received::deliveryId)
                        .distinct()
                        .count())
                .isEqualTo(total);
        assertThat(received.size())
                .as("the deliveries sent but not yet recorded by the stopped instance come again, same ids")
                .isGreaterThan(total);
        assertOrderedPerCommitment(received);
    }

    @Test
    void aLoopbackTargetIsNeverContactedWithoutTheAdministratorsExplicitAllowance() {
        endpoints.update(
                endpoint.id(),
                new EndpointSettings(receiver.url(), null, EnumSet.allOf(OutcomeKind.class), true, false, false));
        outbox.enqueue(List.of(event("SC-1", 1)));

        dispatcher().runOnce();

        assertThat(receiver.received()).isEmpty();
        assertThat(outbox.recent(1).get(0).lastError()).contains("NOT_PUBLIC").contains("127.0.0.1");
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNeverFollowed() throws IOException {
        try (LocalReceiver elsewhere = new LocalReceiver(SECRET)) {
            receiver.redirectTo(elsewhere.url());
            outbox.enqueue(List.of(event("SC-1", 1)));

            dispatcher().runOnce();

            assertThat(receiver.received()).hasSize(1);
            assertThat(elsewhere.received()).isEmpty();
            DeliveryLogEntry entry = outbox.recent(1).get(0);
            assertThat(entry.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(entry.lastStatusCode()).isEqualTo(307);
            assertThat(entry.lastError()).isEqualTo("HTTP 307: redirect not followed");
        }
    }

    /** Per commitment, the first arrival of each event comes in enqueue order (the crmId carries the sequence). */
    private static void assertOrderedPerCommitment(List<LocalReceiver.Received> received) {
        Map<String, List<Integer>> firstArrivals = new LinkedHashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (LocalReceiver.Received request : received) {
            if (seen.putIfAbsent(request.deliveryId(), true) == null) {
                int sequence = Integer.parseInt(request.body()
                        .getAsJsonObject("customer")
                        .get("crmId")
                        .getAsString()
                        .substring(4));
                firstArrivals
                        .computeIfAbsent(request.orderingKey(), key -> new ArrayList<>())
                        .add(sequence);
            }
        }
        firstArrivals.forEach(
                (commitment, sequence) -> assertThat(sequence).as(commitment).isSorted());
    }
}
