package io.github.promisekeeper.jira.webhook.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** Webhook storage through Active Objects 6.1.1 on PostgreSQL (see {@link TestDatabase} for setup). */
class AoWebhookStorageOnPostgreSqlTest extends AoWebhookStorageContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
