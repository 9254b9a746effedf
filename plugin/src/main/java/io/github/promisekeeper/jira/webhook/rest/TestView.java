package io.github.promisekeeper.jira.webhook.rest;

import io.github.promisekeeper.jira.webhook.WebhookAdministration;

/** JSON of a test request's outcome; {@code statusCode} is left out when no answer came. */
record TestView(String deliveryId, boolean delivered, Integer statusCode, String error) {

    static TestView from(WebhookAdministration.TestResult result) {
        return new TestView(
                result.deliveryId(),
                result.delivered(),
                result.statusCode() == 0 ? null : result.statusCode(),
                result.error());
    }
}
