package io.github.promisekeeper.jira.settings.ao;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;
import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;

import java.util.Date;

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
    void anEntryStoredWithoutDataOrWithDataItCannotReadShowsItsStoredText() {
        // As an earlier version of the app stored it: the English text only.
        ao.create(
                SettingsChangeEntity.class,
                new DBParam("AUTHOR", "alice"),
                new DBParam("CHANGED_AT", new Date(T0.toEpochMilli())),
                new DBParam("CHANGE_SOURCE", "REST"),
                new DBParam("DESCRIPTION", "radar window (days) 90 → 60"));
        ao.create(
                SettingsChangeEntity.class,
                new DBParam("AUTHOR", "bob"),
                new DBParam("CHANGED_AT", new Date(T0.plusSeconds(60).toEpochMilli())),
                new DBParam("CHANGE_SOURCE", "REST"),
                new DBParam("DESCRIPTION", "basis renewal → notice"),
                new DBParam("DESCRIPTION_DATA", "{\"format\":1,\"parts\":[{\"key\":\"no.such.key\",\"args\":[]}]}"));

        assertThat(history.recent(10))
                .containsExactly(
                        new SettingsChange(Change.throughRest("bob", T0.plusSeconds(60)), "basis renewal → notice"),
                        new SettingsChange(Change.throughRest("alice", T0), "radar window (days) 90 → 60"))
                .extracting(entry -> entry.text((key, arguments) -> "<" + key + ">"))
                .containsExactly("basis renewal → notice", "radar window (days) 90 → 60");
    }

    @Test
    void tableCarriesTheAtlassianPrefixAndAShortUpperCaseName() {
        assertThat(ao.entityManager().getTableNameConverter().getName(SettingsChangeEntity.class))
                .isEqualTo(TestDatabase.tablePrefix() + "SETTINGS_CHANGE");
    }
}
