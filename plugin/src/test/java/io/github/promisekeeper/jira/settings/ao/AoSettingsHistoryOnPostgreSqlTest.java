package io.github.promisekeeper.jira.settings.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** {@link AoSettingsHistory} through Active Objects 6.1.1 on PostgreSQL (see {@link TestDatabase} for setup). */
class AoSettingsHistoryOnPostgreSqlTest extends AoSettingsHistoryContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
