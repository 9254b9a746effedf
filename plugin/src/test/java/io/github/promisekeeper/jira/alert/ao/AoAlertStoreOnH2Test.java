package io.github.promisekeeper.jira.alert.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** {@link AoAlertStore} through Active Objects 6.1.1 on H2. */
class AoAlertStoreOnH2Test extends AoAlertStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
