package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

class DeriveRenewalAndSearchColumnsUpgradeTaskOnPostgreSqlTest
        extends DeriveRenewalAndSearchColumnsUpgradeTaskContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
