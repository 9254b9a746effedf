package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

class HistoryDataColumnMigrationOnPostgreSqlTest extends HistoryDataColumnMigrationContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
