package io.github.promisekeeper.jira.webhook.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.webhook.AttemptRecord;
import io.github.promisekeeper.core.webhook.DeliveryStatus;
import io.github.promisekeeper.core.webhook.FinishedDeliveries;
import io.github.promisekeeper.core.webhook.OutcomeEvent;
import io.github.promisekeeper.core.webhook.PendingDelivery;
import io.github.promisekeeper.core.webhook.WebhookDeliveries;
import io.github.promisekeeper.core.webhook.WebhookEndpoint;
import io.github.promisekeeper.core.webhook.WebhookEndpoints;
import io.github.promisekeeper.core.webhook.WebhookOutbox;
import io.github.promisekeeper.jira.webhook.DeliveryLog;
import io.github.promisekeeper.jira.webhook.DeliveryLogEntry;
import io.github.promisekeeper.jira.webhook.WebhookBodies;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The webhook outbox on Active Objects: {@link #enqueue} stores one delivery row per event and subscribed active
 * endpoint inside the caller's transaction ({@code executeInTransaction} joins one that is open), the delivery job
 * reads and updates the rows through {@link WebhookDeliveries}, and the admin page reads the log and redelivers.
 */
public final class AoWebhookOutbox implements WebhookOutbox, WebhookDeliveries, FinishedDeliveries, DeliveryLog {

    private static final String PENDING_COLUMNS =
            "ID, ENDPOINT_ID, DELIVERY_ID, EVENT_NAME, ORDERING_KEY, PAYLOAD, ATTEMPTS, NEXT_ATTEMPT_AT";
    private static final String LOG_COLUMNS = "ID, ENDPOINT_ID, DELIVERY_ID, EVENT_NAME, ORDERING_KEY, STATUS, "
            + "ATTEMPTS, CREATED_AT, LAST_ATTEMPT_AT, LAST_STATUS_CODE, LAST_ERROR, NEXT_ATTEMPT_AT";
    /** Rows updated per IN (...) list, well below every database's limit on parameters. */
    private static final int IN_LIST = 500;

    private final ActiveObjects ao;
    private final WebhookEndpoints endpoints;
    private final WebhookBodies bodies;
    private final Clock clock;
    private final Supplier<UUID> deliveryIds;

    public AoWebhookOutbox(ActiveObjects ao, WebhookEndpoints endpoints, WebhookBodies bodies, Clock clock) {
        this(ao, endpoints, bodies, clock, UUID::randomUUID);
    }

    AoWebhookOutbox(
            ActiveObjects ao,
            WebhookEndpoints endpoints,
            WebhookBodies bodies,
            Clock clock,
            Supplier<UUID> deliveryIds) {
        this.ao = Objects.requireNonNull(ao, "active objects");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deliveryIds = Objects.requireNonNull(deliveryIds, "deliveryIds");
    }

    @Override
    public void enqueue(List<OutcomeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            List<WebhookEndpoint> registered = endpoints.all();
            Date now = new Date(clock.millis());
            for (OutcomeEvent event : events) {
                for (WebhookEndpoint endpoint : registered) {
                    if (!endpoint.wants(event.kind())) {
                        continue;
                    }
                    String deliveryId = deliveryIds.get().toString();
                    ao.create(
                            WebhookDeliveryEntity.class,
                            new DBParam("ENDPOINT_ID", (int) endpoint.id()),
                            new DBParam("DELIVERY_ID", deliveryId),
                            new DBParam("EVENT_NAME", event.kind().wireName()),
                            new DBParam("ORDERING_KEY", event.orderingKey()),
                            new DBParam("PAYLOAD", bodies.body(event, deliveryId, endpoint.moneyAllowed())),
                            new DBParam("STATUS", DeliveryStatus.PENDING.name()),
                            new DBParam("ATTEMPTS", 0),
                            new DBParam("CREATED_AT", now),
                            new DBParam("NEXT_ATTEMPT_AT", now),
                            new DBParam("LAST_STATUS_CODE", 0));
                }
            }
            return null;
        });
    }

    @Override
    public List<PendingDelivery> pending(int limit) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(
                        WebhookDeliveryEntity.class,
                        Query.select(PENDING_COLUMNS)
                                .where("STATUS = ?", DeliveryStatus.PENDING.name())
                                .order("ID ASC")
                                .limit(limit)))
                .map(row -> new PendingDelivery(
                        row.getID(),
                        row.getEndpointId(),
                        row.getDeliveryId(),
                        row.getEventName(),
                        row.getOrderingKey(),
                        row.getPayload(),
                        row.getAttempts(),
                        instant(row.getNextAttemptAt())))
                .toList());
    }

    @Override
    public void record(List<AttemptRecord> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        Map<Integer, AttemptRecord> byId = new HashMap<>();
        attempts.forEach(attempt -> byId.put((int) attempt.id(), attempt));
        List<Integer> ids = new ArrayList<>(byId.keySet());
        Collections.sort(ids);
        ao.executeInTransaction(() -> {
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
                for (WebhookDeliveryEntity row : ao.find(
                        WebhookDeliveryEntity.class,
                        Query.select("ID").where("ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                    AttemptRecord attempt = byId.get(row.getID());
                    row.setStatus(attempt.status().name());
                    row.setAttempts(attempt.attempts());
                    row.setLastAttemptAt(Date.from(attempt.attemptedAt()));
                    row.setLastStatusCode(attempt.statusCode());
                    row.setLastError(attempt.error());
                    row.setNextAttemptAt(attempt.nextAttemptAt() == null ? null : Date.from(attempt.nextAttemptAt()));
                    row.save();
                }
            }
            return null;
        });
    }

    @Override
    public List<DeliveryLogEntry> recent(int limit) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(
                        WebhookDeliveryEntity.class,
                        Query.select(LOG_COLUMNS).order("ID DESC").limit(limit)))
                .map(row -> new DeliveryLogEntry(
                        row.getID(),
                        row.getDeliveryId(),
                        row.getEndpointId(),
                        row.getEventName(),
                        row.getOrderingKey(),
                        DeliveryStatus.valueOf(row.getStatus()),
                        row.getAttempts(),
                        instant(row.getCreatedAt()),
                        instant(row.getLastAttemptAt()),
                        row.getLastStatusCode(),
                        row.getLastError(),
                        instant(row.getNextAttemptAt())))
                .toList());
    }

    @Override
    public boolean redeliver(long id, Instant now) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            WebhookDeliveryEntity[] rows =
                    ao.find(WebhookDeliveryEntity.class, Query.select("ID").where("ID = ?", (int) id));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setStatus(DeliveryStatus.PENDING.name());
            rows[0].setAttempts(0);
            rows[0].setNextAttemptAt(Date.from(now));
            rows[0].save();
            return true;
        });
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff, int limit) {
        if (limit < 1) {
            return 0;
        }
        String delivered = DeliveryStatus.DELIVERED.name();
        String failed = DeliveryStatus.FAILED.name();
        return ao.executeInTransaction(() -> {
            List<Integer> ids = Arrays.stream(ao.find(
                            WebhookDeliveryEntity.class,
                            Query.select("ID")
                                    .where(
                                            "STATUS IN (?, ?) AND LAST_ATTEMPT_AT < ?",
                                            delivered,
                                            failed,
                                            Date.from(cutoff))
                                    .order("ID ASC")
                                    .limit(Math.min(limit, IN_LIST))))
                    .map(WebhookDeliveryEntity::getID)
                    .toList();
            if (ids.isEmpty()) {
                return 0;
            }
            // The status again in the DELETE: a delivery an administrator sent again since the read is pending now.
            List<Object> parameters = new ArrayList<>(ids);
            parameters.add(delivered);
            parameters.add(failed);
            return ao.deleteWithSQL(
                    WebhookDeliveryEntity.class,
                    "ID IN (" + placeholders(ids.size()) + ") AND STATUS IN (?, ?)",
                    parameters.toArray());
        });
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
