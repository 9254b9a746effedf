package io.github.promisekeeper.jira.mail.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** The mail storage through Active Objects 6.1.1 on embedded H2. */
class AoMailStorageOnH2Test extends AoMailStorageContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
