package io.github.promisekeeper.jira.webhook.rest;

import io.github.promisekeeper.core.webhook.OutcomeKind;
import io.github.promisekeeper.core.webhook.WebhookEndpoint;

import java.util.Arrays;
import java.util.List;

/** JSON of the endpoint list, with the event names an endpoint may subscribe to. */
record EndpointsView(List<EndpointView> endpoints, List<String> events) {

    static EndpointsView from(List<WebhookEndpoint> endpoints) {
        return new EndpointsView(
                endpoints.stream().map(EndpointView::from).toList(),
                Arrays.stream(OutcomeKind.values()).map(OutcomeKind::wireName).toList());
    }
}
