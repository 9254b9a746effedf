package io.github.promisekeeper.jira.mail.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** The mail storage through Active Objects 6.1.1 on PostgreSQL (see {@link TestDatabase} for setup). */
class AoMailStorageOnPostgreSqlTest extends AoMailStorageContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
