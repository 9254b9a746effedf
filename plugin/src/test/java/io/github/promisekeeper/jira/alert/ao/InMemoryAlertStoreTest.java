package io.github.promisekeeper.jira.alert.ao;

import io.github.promisekeeper.core.alert.AlertStore;
import io.github.promisekeeper.core.alert.InMemoryAlertStore;

/** The in-memory double the core tests use keeps the same contract as the database. */
class InMemoryAlertStoreTest extends AlertStoreContract {

    @Override
    protected AlertStore emptyStore() {
        return new InMemoryAlertStore();
    }
}
