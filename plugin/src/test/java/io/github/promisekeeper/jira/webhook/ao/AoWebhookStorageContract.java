package io.github.promisekeeper.jira.webhook.ao;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.webhook.AttemptRecord;
import io.github.promisekeeper.core.webhook.DeliveryRetention;
import io.github.promisekeeper.core.webhook.DeliveryStatus;
import io.github.promisekeeper.core.webhook.OutcomeEvent;
import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.PendingDelivery;
import io.github.promisekeeper.core.webhook.WebhookEndpoint;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.webhook.DeliveryLogEntry;
import io.github.promisekeeper.jira.webhook.EndpointSettings;
import io.github.promisekeeper.jira.webhook.WebhookBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook endpoints and the outbox on a real database through Active Objects 6.1.1. */
abstract class AoWebhookStorageContract {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    protected EntityManagerActiveObjects ao;
    private AoWebhookEndpoints endpoints;
    private AoWebhookOutbox outbox;

    protected abstract TestDatabase database();

    @BeforeEach
    void emptyDatabase() {
        ao = new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(DataModel.entities());
        endpoints = new AoWebhookEndpoints(ao);
        outbox = new AoWebhookOutbox(ao, endpoints, new WebhookBodies(new Json()), Clock.fixed(T0, ZoneOffset.UTC));
    }

    private WebhookEndpoint endpoint(Set<OutcomeKind> events, boolean active, boolean money) {
        return endpoints.create(
                new EndpointSettings(
                        URI.create("https://crm.example.com/hook"),
                        "0123456789abcdef-secret",
                        events,
                        active,
                        money,
                        false),
                T0);
    }

    private static OutcomeEvent kept(String commitment) {
        return OutcomeEvent.forCommitment(OutcomeKind.COMMITMENT_KEPT, T0, "ACME", commitment)
                .withHealth(Health.DELIVERED, Health.ON_TRACK)
                .withValue(Money.of("5000.00", "EUR"));
    }

    @Test
    void storesOneDeliveryPerEventAndActiveSubscribedEndpoint() {
        WebhookEndpoint all = endpoint(EnumSet.allOf(OutcomeKind.class), true, false);
        endpoint(EnumSet.of(OutcomeKind.RENEWAL_AT_RISK), true, false);
        endpoint(EnumSet.allOf(OutcomeKind.class), false, false);

        outbox.enqueue(List.of(kept("SC-1"), kept("SC-2")));

        List<PendingDelivery> pending = outbox.pending(10);
        assertThat(pending).extracting(PendingDelivery::endpointId).containsOnly(all.id());
        assertThat(pending).extracting(PendingDelivery::orderingKey).containsExactly("SC-1", "SC-2");
        assertThat(pending).extracting(PendingDelivery::deliveryId).doesNotHaveDuplicates();
        assertThat(pending)
                .allSatisfy(delivery -> assertThat(delivery.nextAttemptAt()).isEqualTo(T0));
    }

    @Test
    void anEventIsStoredOnlyWhenTheCallersTransactionCommits() {
        endpoint(EnumSet.allOf(OutcomeKind.class), true, false);

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                    outbox.enqueue(List.of(kept("SC-1")));
                    throw new IllegalStateException("the change that caused the event fails");
                }))
                .hasMessageContaining("the change that caused the event fails");

        assertThat(outbox.pending(10)).isEmpty();
        ao.executeInTransaction(() -> {
            outbox.enqueue(List.of(kept("SC-2")));
            return null;
        });
        assertThat(outbox.pending(10)).extracting(PendingDelivery::orderingKey).containsExactly("SC-2");
    }

    @Test
    void theBodyCarriesMoneyOnlyForAnEndpointAllowedToReceiveIt() {
        WebhookEndpoint withMoney = endpoint(EnumSet.allOf(OutcomeKind.class), true, true);
        endpoint(EnumSet.allOf(OutcomeKind.class), true, false);

        outbox.enqueue(List.of(kept("SC-1")));

        for (PendingDelivery delivery : outbox.pending(10)) {
            JsonObject body = JsonParser.parseString(delivery.body()).getAsJsonObject();
            assertThat(body.get("deliveryId").getAsString()).isEqualTo(delivery.deliveryId());
            assertThat(body.get("event").getAsString()).isEqualTo("commitment.kept");
            assertThat(body.has("value")).isEqualTo(delivery.endpointId() == withMoney.id());
        }
    }

    @Test
    void recordsAttemptsAndShowsThemInTheLogNewestFirst() {
        endpoint(EnumSet.allOf(OutcomeKind.class), true, false);
        outbox.enqueue(List.of(kept("SC-1"), kept("SC-2")));
        List<PendingDelivery> pending = outbox.pending(10);
        Instant later = T0.plusSeconds(60);

        outbox.record(List.of(
                new AttemptRecord(pending.get(0).id(), DeliveryStatus.DELIVERED, 1, T0, 204, null, null),
                new AttemptRecord(pending.get(1).id(), DeliveryStatus.PENDING, 1, T0, 503, "HTTP 503", later)));

        assertThat(outbox.pending(10))
                .extracting(PendingDelivery::id)
                .containsExactly(pending.get(1).id());
        assertThat(outbox.pending(10).get(0).nextAttemptAt()).isEqualTo(later);
        List<DeliveryLogEntry> log = outbox.recent(10);
        assertThat(log).extracting(DeliveryLogEntry::orderingKey).containsExactly("SC-2", "SC-1");
        assertThat(log.get(0).lastStatusCode()).isEqualTo(503);
        assertThat(log.get(0).lastError()).isEqualTo("HTTP 503");
        assertThat(log.get(1).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(log.get(1).lastAttemptAt()).isEqualTo(T0);
    }

    @Test
    void redeliverySendsAFailedDeliveryAgainUnderItsIdWithAFreshSchedule() {
        endpoint(EnumSet.allOf(OutcomeKind.class), true, false);
        outbox.enqueue(List.of(kept("SC-1")));
        PendingDelivery delivery = outbox.pending(1).get(0);
        outbox.record(List.of(new AttemptRecord(delivery.id(), DeliveryStatus.FAILED, 13, T0, 500, "HTTP 500", null)));
        assertThat(outbox.pending(10)).isEmpty();

        assertThat(outbox.redeliver(delivery.id(), T0.plusSeconds(5))).isTrue();

        PendingDelivery again = outbox.pending(1).get(0);
        assertThat(again.deliveryId()).isEqualTo(delivery.deliveryId());
        assertThat(again.body()).isEqualTo(delivery.body());
        assertThat(again.attempts()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(outbox.redeliver(999_999, T0)).isFalse();
    }

    @Test
    void retentionDeletesOnlyFinishedDeliveriesLastTriedBeforeTheCutoffOldestFirstUpToTheLimit() {
        endpoint(EnumSet.allOf(OutcomeKind.class), true, false);
        outbox.enqueue(List.of(kept("SC-1"), kept("SC-2"), kept("SC-3"), kept("SC-4"), kept("SC-5"), kept("SC-6")));
        List<PendingDelivery> rows = outbox.pending(10);
        Instant old = T0.minus(Duration.ofDays(40));
        Instant cutoff = T0.minus(Duration.ofDays(30));
        outbox.record(List.of(
                new AttemptRecord(rows.get(0).id(), DeliveryStatus.DELIVERED, 1, old, 204, null, null),
                new AttemptRecord(rows.get(1).id(), DeliveryStatus.FAILED, 13, old, 500, "HTTP 500", null),
                new AttemptRecord(rows.get(2).id(), DeliveryStatus.PENDING, 3, old, 503, "HTTP 503", old),
                new AttemptRecord(
                        rows.get(3).id(), DeliveryStatus.DELIVERED, 1, cutoff.plusSeconds(1), 200, null, null),
                new AttemptRecord(rows.get(4).id(), DeliveryStatus.FAILED, 13, old, 500, "HTTP 500", null)));
        // An administrator sends an old failed one again: pending now, so it stays.
        assertThat(outbox.redeliver(rows.get(4).id(), T0)).isTrue();

        assertThat(outbox.deleteFinishedBefore(cutoff, 1)).isEqualTo(1);
        assertThat(outbox.recent(10))
                .extracting(DeliveryLogEntry::id)
                .doesNotContain(rows.get(0).id());
        assertThat(outbox.deleteFinishedBefore(cutoff, 500)).isEqualTo(1);
        assertThat(outbox.deleteFinishedBefore(cutoff, 500)).isZero();

        assertThat(outbox.recent(10))
                .extracting(DeliveryLogEntry::id)
                .containsExactlyInAnyOrder(
                        rows.get(2).id(),
                        rows.get(3).id(),
                        rows.get(4).id(),
                        rows.get(5).id());
    }

    @Test
    void retentionRunsInChunksOverManyRowsAndLeavesThePendingOnes() {
        endpoint(EnumSet.allOf(OutcomeKind.class), true, false);
        List<OutcomeEvent> events = new ArrayList<>();
        for (int i = 0; i < 1_250; i++) {
            events.add(kept("SC-" + i));
        }
        outbox.enqueue(events);
        List<PendingDelivery> rows = outbox.pending(2_000);
        Instant old = T0.minus(Duration.ofDays(31));
        List<AttemptRecord> delivered = new ArrayList<>();
        for (PendingDelivery row : rows.subList(0, 1_200)) {
            delivered.add(new AttemptRecord(row.id(), DeliveryStatus.DELIVERED, 1, old, 204, null, null));
        }
        outbox.record(delivered);

        DeliveryRetention.Pruned pruned =
                new DeliveryRetention(outbox, Clock.fixed(T0, ZoneOffset.UTC), Duration.ofDays(30), 500, 2).prune();

        assertThat(pruned).isEqualTo(new DeliveryRetention.Pruned(1_000, true));
        assertThat(new DeliveryRetention(outbox, Clock.fixed(T0, ZoneOffset.UTC)).prune())
                .isEqualTo(new DeliveryRetention.Pruned(200, false));
        assertThat(outbox.pending(2_000)).hasSize(50);
        assertThat(ao.count(WebhookDeliveryEntity.class)).isEqualTo(50);
    }

    @Test
    void endpointsRoundTripKeepTheirSecretOnUpdateAndTakeTheirDeliveriesWhenDeleted() {
        WebhookEndpoint created = endpoint(EnumSet.of(OutcomeKind.COMMITMENT_LATE), true, false);
        outbox.enqueue(List.of(OutcomeEvent.forCommitment(OutcomeKind.COMMITMENT_LATE, T0, "ACME", "SC-9")));

        WebhookEndpoint updated = endpoints
                .update(
                        created.id(),
                        new EndpointSettings(
                                URI.create("https://crm.example.com/other"),
                                null,
                                EnumSet.of(OutcomeKind.COMMITMENT_BREACHED, OutcomeKind.HEALTH_CHANGED),
                                false,
                                true,
                                true))
                .orElseThrow();

        assertThat(updated.secret()).isEqualTo("0123456789abcdef-secret");
        assertThat(updated.events())
                .containsExactlyInAnyOrder(OutcomeKind.COMMITMENT_BREACHED, OutcomeKind.HEALTH_CHANGED);
        assertThat(endpoints.findById(created.id())).contains(updated);
        assertThat(endpoints.delete(created.id())).isTrue();
        assertThat(endpoints.all()).isEmpty();
        assertThat(outbox.recent(10)).isEmpty();
        assertThat(endpoints.delete(created.id())).isFalse();
    }

    @Test
    void tablesCarryTheAtlassianPrefixAndShortUpperCaseNames() {
        assertThat(ao.entityManager().getTableNameConverter().getName(WebhookDeliveryEntity.class))
                .isEqualTo(TestDatabase.tablePrefix() + "WEBHOOK_DELIVERY");
        assertThat(ao.entityManager().getTableNameConverter().getName(WebhookEndpointEntity.class))
                .isEqualTo(TestDatabase.tablePrefix() + "WEBHOOK_ENDPOINT");
    }
}
