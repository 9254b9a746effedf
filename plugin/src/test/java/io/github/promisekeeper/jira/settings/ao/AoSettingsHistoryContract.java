package io.github.promisekeeper.jira.settings.ao;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link SettingsHistory} contract on a real database through Active Objects 6.1.1. */
abstract class AoSettingsHistoryContract extends SettingsHistoryContract {

    protected EntityManagerActiveObjects ao;

    protected abstract TestDatabase database();

    @Override
    protected SettingsHistory emptyHistory() {
        ao = new EntityManagerActiveObjects(database().freshEntityManager());
        ao.migrate(DataModel.entities());
        return new AoSettingsHistory(ao);
    }

    @Test
    void aFailedWriteLeavesNoRowBehind() {
        assertThatThrownBy(() -> history.record(change("alice", T0, "basis renewal → notice"), () -> {
                    throw new IllegalStateException("fails after the entry was inserted");
                }))
                .hasMessage("fails after the entry was inserted");

        assertThat(ao.count(SettingsChangeEntity.class)).isZero();
    }

    @Test
    void tableCarriesTheAtlassianPrefixAndAShortUpperCaseName() {
        assertThat(ao.entityManager().getTableNameConverter().getName(SettingsChangeEntity.class))
                .isEqualTo(TestDatabase.tablePrefix() + "SETTINGS_CHANGE");
    }
}
