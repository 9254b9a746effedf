package io.github.promisekeeper.jira.ao.upgrade;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

class DeriveReadModelColumnUpgradeTaskOnH2Test extends DeriveReadModelColumnUpgradeTaskContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
