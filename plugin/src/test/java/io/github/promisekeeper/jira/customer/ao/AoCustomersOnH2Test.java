package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** {@link AoCustomers} through Active Objects 6.1.1 on embedded H2. */
class AoCustomersOnH2Test extends AoCustomersContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
