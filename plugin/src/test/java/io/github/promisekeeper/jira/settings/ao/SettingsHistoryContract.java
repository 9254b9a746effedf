package io.github.promisekeeper.jira.settings.ao;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link SettingsHistory} must do; one subclass per implementation and database. */
public abstract class SettingsHistoryContract {

    protected static final Instant T0 = Instant.parse("2026-01-05T10:15:30Z");

    protected SettingsHistory history;

    protected abstract SettingsHistory emptyHistory();

    @BeforeEach
    void startEmpty() {
        history = emptyHistory();
    }

    protected static SettingsChange change(String author, Instant at, String description) {
        return new SettingsChange(Change.throughRest(author, at), description);
    }

    @Test
    void readsBackWhoWhenThroughWhatAndWhatChangedNewestFirst() {
        List<String> writes = new ArrayList<>();
        history.record(change("alice", T0, "radar window (days) 90 → 60"), () -> writes.add("first"));
        history.record(
                new SettingsChange(Change.onAdminPage("bob", T0.plusSeconds(60)), "basis renewal → notice"),
                () -> writes.add("second"));

        assertThat(writes).containsExactly("first", "second");
        assertThat(history.recent(10))
                .containsExactly(
                        new SettingsChange(Change.onAdminPage("bob", T0.plusSeconds(60)), "basis renewal → notice"),
                        change("alice", T0, "radar window (days) 90 → 60"));
    }

    @Test
    void keepsWhatChangedAsDataBesideItsEnglishText() {
        Description changed = Description.of(
                Reason.of(ReasonKey.SETTINGS_RADAR_WINDOW, "90", "60"),
                Reason.of(ReasonKey.SETTINGS_FINANCE_GROUPS, Reason.of(ReasonKey.HISTORY_NONE), "finance"));

        history.record(SettingsChange.of(Change.throughRest("alice", T0), changed), () -> {});

        assertThat(history.recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.details()).isEqualTo(changed);
            assertThat(entry.description()).isEqualTo("radar window (days) 90 → 60; finance groups (none) → finance");
            assertThat(entry.text((key, arguments) ->
                            key.equals(ReasonKey.HISTORY_NONE.key()) ? "(keine)" : Reason.ENGLISH.text(key, arguments)))
                    .isEqualTo("radar window (days) 90 → 60; finance groups (keine) → finance");
        });
    }

    @Test
    void keepsOnlyTheCutTextOfAChangeTooLongToStoreWhole() {
        Description changed = Description.of(
                Reason.of(ReasonKey.SETTINGS_READER_GROUPS, Reason.of(ReasonKey.HISTORY_NONE), "g".repeat(5000)));

        history.record(SettingsChange.of(Change.throughRest("alice", T0), changed), () -> {});

        assertThat(history.recent(1)).singleElement().satisfies(entry -> {
            assertThat(entry.details()).isNull();
            assertThat(entry.description())
                    .hasSize(SettingsChange.MAX_DESCRIPTION_LENGTH)
                    .endsWith("…");
            assertThat(entry.text(Reason.ENGLISH)).isEqualTo(entry.description());
        });
    }

    @Test
    void keepsLongDescriptionsWhole() {
        String long3000 = "finance groups (none) → " + "g".repeat(3000);

        history.record(change("alice", T0, long3000), () -> {});

        assertThat(history.recent(1)).extracting(SettingsChange::description).containsExactly(long3000);
    }

    @Test
    void answersAtMostTheLimitNewestFirst() {
        for (int i = 0; i < 5; i++) {
            history.record(change("alice", T0.plusSeconds(i), "radar window (days) " + i + " → " + (i + 1)), () -> {});
        }

        assertThat(history.recent(2))
                .extracting(SettingsChange::description)
                .containsExactly("radar window (days) 4 → 5", "radar window (days) 3 → 4");
        assertThatThrownBy(() -> history.recent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> history.recent(SettingsHistory.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWriteThatFailsRecordsNothing() {
        assertThatThrownBy(() -> history.record(change("alice", T0, "basis renewal → notice"), () -> {
                    throw new IllegalStateException("settings store unavailable");
                }))
                .hasMessage("settings store unavailable");

        assertThat(history.recent(10)).isEmpty();
    }
}
