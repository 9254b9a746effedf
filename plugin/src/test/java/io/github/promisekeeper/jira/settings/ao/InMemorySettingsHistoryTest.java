package io.github.promisekeeper.jira.settings.ao;

import io.github.promisekeeper.jira.settings.InMemorySettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsHistory;

/** The in-memory history the REST tests use keeps the same contract as the real one. */
class InMemorySettingsHistoryTest extends SettingsHistoryContract {

    @Override
    protected SettingsHistory emptyHistory() {
        return new InMemorySettingsHistory();
    }
}
