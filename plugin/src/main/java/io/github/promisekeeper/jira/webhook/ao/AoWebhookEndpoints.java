package io.github.promisekeeper.jira.webhook.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.WebhookEndpoint;
import io.github.promisekeeper.jira.webhook.EndpointSettings;
import io.github.promisekeeper.jira.webhook.WebhookEndpointStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link WebhookEndpointStore} on Active Objects; answers core endpoints, never AO proxies. */
public final class AoWebhookEndpoints implements WebhookEndpointStore {

    private final ActiveObjects ao;

    public AoWebhookEndpoints(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "active objects");
    }

    @Override
    public List<WebhookEndpoint> all() {
        return ao.executeInTransaction(() -> Arrays.stream(
                        ao.find(WebhookEndpointEntity.class, Query.select().order("ID ASC")))
                .map(AoWebhookEndpoints::endpoint)
                .toList());
    }

    @Override
    public Optional<WebhookEndpoint> findById(long id) {
        return ao.executeInTransaction(() -> row(id).map(AoWebhookEndpoints::endpoint));
    }

    @Override
    public WebhookEndpoint create(EndpointSettings settings, Instant at) {
        Objects.requireNonNull(settings.secret(), "a new endpoint needs its secret");
        return ao.executeInTransaction(() -> endpoint(ao.create(
                WebhookEndpointEntity.class,
                new DBParam("URL", settings.url().toString()),
                new DBParam("SECRET", settings.secret()),
                new DBParam("EVENTS", events(settings.events())),
                new DBParam("ACTIVE", settings.active()),
                new DBParam("MONEY_ALLOWED", settings.moneyAllowed()),
                new DBParam("PRIVATE_TARGETS_ALLOWED", settings.privateTargetsAllowed()),
                new DBParam("CREATED_AT", new Date(at.toEpochMilli())))));
    }

    @Override
    public Optional<WebhookEndpoint> update(long id, EndpointSettings settings) {
        return ao.executeInTransaction(() -> row(id).map(row -> {
            row.setUrl(settings.url().toString());
            if (settings.secret() != null) {
                row.setSecret(settings.secret());
            }
            row.setEvents(events(settings.events()));
            row.setActive(settings.active());
            row.setMoneyAllowed(settings.moneyAllowed());
            row.setPrivateTargetsAllowed(settings.privateTargetsAllowed());
            row.save();
            return endpoint(row);
        }));
    }

    @Override
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> {
            Optional<WebhookEndpointEntity> row = row(id);
            if (row.isEmpty()) {
                return false;
            }
            ao.deleteWithSQL(
                    WebhookDeliveryEntity.class, "ENDPOINT_ID = ?", row.get().getID());
            ao.delete(row.get());
            return true;
        });
    }

    private Optional<WebhookEndpointEntity> row(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        WebhookEndpointEntity[] rows =
                ao.find(WebhookEndpointEntity.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static String events(Set<OutcomeKind> events) {
        return events.stream().sorted().map(OutcomeKind::wireName).collect(Collectors.joining(","));
    }

    private static WebhookEndpoint endpoint(WebhookEndpointEntity row) {
        Set<OutcomeKind> events = EnumSet.noneOf(OutcomeKind.class);
        for (String name : row.getEvents().split(",")) {
            // A name this version does not know (written by a newer one) is skipped, not fatal.
            OutcomeKind.ofWireName(name).ifPresent(events::add);
        }
        return new WebhookEndpoint(
                row.getID(),
                URI.create(row.getUrl()),
                row.getSecret(),
                events,
                row.isActive(),
                row.isMoneyAllowed(),
                row.isPrivateTargetsAllowed());
    }
}
