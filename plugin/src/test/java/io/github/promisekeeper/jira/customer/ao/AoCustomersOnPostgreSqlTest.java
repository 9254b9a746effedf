package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** {@link AoCustomers} through Active Objects 6.1.1 on PostgreSQL (see {@link TestDatabase} for setup). */
class AoCustomersOnPostgreSqlTest extends AoCustomersContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
