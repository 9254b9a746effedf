package io.github.promisekeeper.jira.webhook.rest;

import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.WebhookEndpoint;

import java.util.List;

/**
 * JSON of one endpoint. The secret is never sent back: only its last four characters, as {@code secretHint}, so an
 * administrator can tell which one is set.
 */
record EndpointView(
        long id,
        String url,
        String secretHint,
        List<String> events,
        boolean active,
        boolean moneyAllowed,
        boolean privateTargetsAllowed) {

    static EndpointView from(WebhookEndpoint endpoint) {
        return new EndpointView(
                endpoint.id(),
                endpoint.url().toString(),
                hint(endpoint.secret()),
                endpoint.events().stream().sorted().map(OutcomeKind::wireName).toList(),
                endpoint.active(),
                endpoint.moneyAllowed(),
                endpoint.privateTargetsAllowed());
    }

    static String hint(String secret) {
        return secret.length() <= 4 ? "…" : "…" + secret.substring(secret.length() - 4);
    }
}
