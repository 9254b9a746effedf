package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

class HistoryDataColumnMigrationOnH2Test extends HistoryDataColumnMigrationContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
