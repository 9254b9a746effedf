package io.github.promisekeeper.jira.settings.ao;

import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** {@link AoSettingsHistory} through Active Objects 6.1.1 on embedded H2. */
class AoSettingsHistoryOnH2Test extends AoSettingsHistoryContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
