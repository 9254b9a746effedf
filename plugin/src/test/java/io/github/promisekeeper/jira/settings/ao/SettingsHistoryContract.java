package io.github.promisekeeper.jira.settings.ao;

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
