package io.github.promisekeeper.jira.webhook.rest;

import io.github.promisekeeper.jira.webhook.WebhookAdministration;

import java.util.List;

/**
 * The JSON body of a create or update; every field optional here, checked by {@link WebhookAdministration}.
 * {@link #toString()} leaves the secret out.
 */
record EndpointInput(
        String url,
        String secret,
        List<String> events,
        Boolean active,
        Boolean moneyAllowed,
        Boolean privateTargetsAllowed) {

    WebhookAdministration.Input toInput() {
        return new WebhookAdministration.Input(url, secret, events, active, moneyAllowed, privateTargetsAllowed);
    }

    /** Without the secret: a record's own text would print it wherever an input is logged or reported. */
    @Override
    public String toString() {
        return toInput().toString();
    }
}
