package io.github.promisekeeper.core.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookDispatcherTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private Function<String, TransportResult> receiver = body -> TransportResult.answered(200);
    private Instant now = T0;

    private final WebhookEndpoint endpoint = new WebhookEndpoint(
            1,
            URI.create("https://crm.example.com/hook"),
            "secret",
            EnumSet.allOf(OutcomeKind.class),
            true,
            false,
            false);

    private WebhookDispatcher dispatcher(WebhookEndpoint... registered) {
        return dispatcher(1, registered);
    }

    private WebhookDispatcher dispatcher(int parallelism, WebhookEndpoint... registered) {
        WebhookEndpoints endpoints = new WebhookEndpoints() {
            @Override
            public List<WebhookEndpoint> all() {
                return List.of(registered);
            }

            @Override
            public Optional<WebhookEndpoint> findById(long id) {
                return all().stream().filter(e -> e.id() == id).findFirst();
            }
        };
        WebhookTransport transport = (url, headers, body) -> {
            assertThat(WebhookSignature.verify(
                            "secret",
                            Long.parseLong(headers.get(WebhookSignature.TIMESTAMP_HEADER)),
                            headers.get(WebhookSignature.DELIVERY_HEADER),
                            body,
                            headers.get(WebhookSignature.SIGNATURE_HEADER)))
                    .isTrue();
            sent.add(body);
            return receiver.apply(body);
        };
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
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
        };
        // Literal addresses are themselves; every name resolves to one public address.
        TargetPolicy publicDns = new TargetPolicy(host -> host.matches("[0-9.]+")
                ? List.of(InetAddress.getByName(host))
                : List.of(InetAddress.getByAddress(host, new byte[] {93, 1, 2, 3})));
        return new WebhookDispatcher(
                deliveries, endpoints, transport, publicDns, RetrySchedule.standard(), clock, 3, 1000, parallelism);
    }

    @Test
    void deliversEverythingDueInEnqueueOrderAcrossWindows() {
        for (int i = 0; i < 10; i++) {
            deliveries.add(1, "SC-" + (i % 2), "e" + i, T0);
        }

        WebhookDispatcher.RunSummary summary = dispatcher(endpoint).runOnce();

        assertThat(summary.delivered()).isEqualTo(10);
        assertThat(deliveries.pending(100)).isEmpty();
        assertThat(sent.stream()
                        .filter(b -> List.of("e0", "e2", "e4", "e6", "e8").contains(b)))
                .containsExactly("e0", "e2", "e4", "e6", "e8");
    }

    @Test
    void aLaterEventOfTheSameCommitmentWaitsForTheEarlierOne() {
        deliveries.add(1, "SC-1", "first", T0);
        deliveries.add(1, "SC-1", "second", T0);
        deliveries.add(1, "SC-2", "other", T0);
        receiver = body -> body.equals("first") ? TransportResult.answered(500) : TransportResult.answered(200);

        dispatcher(endpoint).runOnce();

        assertThat(sent).containsExactly("first", "other");
        now = T0.plus(Duration.ofMinutes(1));
        receiver = body -> TransportResult.answered(204);
        dispatcher(endpoint).runOnce();
        assertThat(sent).containsExactly("first", "other", "first", "second");
    }

    @Test
    void backsOffAfterAFailureAndFailsForGoodAfterTheLastAttempt() {
        long id = deliveries.add(1, "SC-1", "x", T0);
        receiver = body -> TransportResult.answered(503);

        for (int attempt = 1; attempt <= 13; attempt++) {
            dispatcher(endpoint).runOnce();
            dispatcher(endpoint).runOnce(); // not due again yet: nothing more is sent
            assertThat(sent).hasSize(attempt);
            now = now.plus(Duration.ofDays(1));
        }

        InMemoryWebhookDeliveries.Row row = deliveries.rows.get(id);
        assertThat(row.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(row.last().attempts()).isEqualTo(13);
        assertThat(row.last().statusCode()).isEqualTo(503);
        assertThat(row.last().error()).isEqualTo("HTTP 503");
    }

    @Test
    void anEndpointThatDoesNotAnswerCostsOneAttemptPerRun() {
        for (int i = 0; i < 5; i++) {
            deliveries.add(1, "SC-" + i, "e" + i, T0);
        }
        receiver = body -> TransportResult.noAnswer("Connection refused");

        WebhookDispatcher.RunSummary summary = dispatcher(endpoint).runOnce();

        assertThat(summary.attempts()).isEqualTo(1);
        assertThat(deliveries.pending(10)).hasSize(5);
    }

    @Test
    void aPausedEndpointsDeliveriesWaitAndARefusedTargetIsNeverSent() {
        deliveries.add(1, "SC-1", "paused", T0);
        deliveries.add(2, "SC-1", "private", T0);
        WebhookEndpoint paused =
                new WebhookEndpoint(1, endpoint.url(), "secret", endpoint.events(), false, false, false);
        WebhookEndpoint privateTarget = new WebhookEndpoint(
                2, URI.create("http://10.0.0.5/hook"), "secret", endpoint.events(), true, false, false);

        WebhookDispatcher.RunSummary summary = dispatcher(paused, privateTarget).runOnce();

        assertThat(sent).isEmpty();
        assertThat(summary.retrying()).isEqualTo(1);
        assertThat(deliveries.rows.get(2L).last().error())
                .contains("NOT_PUBLIC")
                .contains("10.0.0.5");
        assertThat(deliveries.rows.get(1L).last()).isNull();
    }

    @Test
    void aRedirectIsAFailedAttempt() {
        deliveries.add(1, "SC-1", "x", T0);
        receiver = body -> TransportResult.answered(302);

        dispatcher(endpoint).runOnce();

        assertThat(deliveries.rows.get(1L).last().error()).isEqualTo("HTTP 302: redirect not followed");
        assertThat(deliveries.rows.get(1L).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void keepsTheSameDeliveryIdOnEveryAttempt() {
        deliveries.add(1, "SC-1", "x", T0);
        List<String> ids = new ArrayList<>();
        WebhookDispatcher dispatcher = dispatcher(endpoint);
        receiver = body -> TransportResult.answered(500);
        dispatcher.runOnce();
        now = now.plus(Duration.ofHours(1));
        dispatcher.runOnce();
        deliveries.rows.values().forEach(row -> ids.add(row.delivery().deliveryId()));
        assertThat(ids).containsExactly("delivery-1");
        assertThat(deliveries.rows.get(1L).last().attempts()).isEqualTo(2);
    }

    @Test
    void sendsDifferentCommitmentsInParallelButEachCommitmentInOrder() {
        for (int i = 0; i < 400; i++) {
            deliveries.add(1, "SC-" + (i % 7), (i % 7) + ":" + i, T0);
        }
        receiver = body -> {
            Thread.onSpinWait();
            return body.endsWith("5") ? TransportResult.answered(500) : TransportResult.answered(200);
        };

        WebhookDispatcher.RunSummary summary = dispatcher(4, endpoint).runOnce();

        assertThat(summary.attempts()).isEqualTo(sent.size());
        for (int key = 0; key < 7; key++) {
            String prefix = key + ":";
            List<Integer> order = sent.stream()
                    .filter(body -> body.startsWith(prefix))
                    .map(body -> Integer.parseInt(body.substring(prefix.length())))
                    .toList();
            assertThat(order).as("SC-" + key).isSorted();
            assertThat(order)
                    .as("SC-" + key + " stops at its first failure")
                    .filteredOn(n -> n % 10 == 5)
                    .hasSizeLessThanOrEqualTo(1);
        }
    }
}
