package io.github.promisekeeper.jira.webhook.rest;

import io.github.promisekeeper.jira.webhook.WebhookAdministration;

import java.util.List;

/** The JSON body of a create or update; every field optional here, checked by {@link WebhookAdministration}. */
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
}
