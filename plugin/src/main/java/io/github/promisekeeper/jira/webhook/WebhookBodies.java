package io.github.promisekeeper.jira.webhook;

import io.github.promisekeeper.core.webhook.OutcomeEvent;
import io.github.promisekeeper.core.webhook.WebhookPayload;
import io.github.promisekeeper.jira.web.Json;

import java.util.Objects;

/**
 * Writes webhook request bodies: the core {@link WebhookPayload} as JSON through the web layer's one Gson, which
 * leaves null parts out (so no {@code value} at all for an endpoint that may not receive money).
 */
public final class WebhookBodies {

    private final Json json;

    public WebhookBodies(Json json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    public String body(OutcomeEvent event, String deliveryId, boolean moneyAllowed) {
        return json.write(WebhookPayload.of(event, deliveryId, moneyAllowed));
    }

    /** The body of a test request from the admin page: the event name {@code webhook.test} and the delivery id. */
    public String testBody(String deliveryId, String sentAt) {
        return json.write(new TestPayload("webhook.test", deliveryId, sentAt));
    }

    private record TestPayload(String event, String deliveryId, String occurredAt) {}
}
