package io.github.promisekeeper.jira.webhook.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** Webhook storage through Active Objects 6.1.1 on embedded H2. */
class AoWebhookStorageOnH2Test extends AoWebhookStorageContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
