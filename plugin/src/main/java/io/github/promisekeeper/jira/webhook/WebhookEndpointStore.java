package io.github.promisekeeper.jira.webhook;

import io.github.promisekeeper.core.webhook.WebhookEndpoint;
import io.github.promisekeeper.core.webhook.WebhookEndpoints;

import java.time.Instant;
import java.util.Optional;

/** The webhook endpoints with the administrator's writes (port; Active Objects in Jira). */
public interface WebhookEndpointStore extends WebhookEndpoints {

    /** Stores a new endpoint; {@code settings.secret()} must be set. */
    WebhookEndpoint create(EndpointSettings settings, Instant at);

    /** Replaces endpoint {@code id}'s settings (keeping its secret when none is given); empty when there is none. */
    Optional<WebhookEndpoint> update(long id, EndpointSettings settings);

    /** Deletes endpoint {@code id} and every delivery to it; false when there was none. */
    boolean delete(long id);
}
