package io.github.promisekeeper.jira.alert;

import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.jira.settings.InMemoryPluginSettings;
import io.github.promisekeeper.jira.settings.InMemorySettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.web.ReasonTexts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The slip check's settings: what a save records in the settings history, in English and in the reader's language. */
class AlertSettingsStoreTest {

    private static final Change ADMIN = Change.onAdminPage("ada", Instant.parse("2026-11-20T09:00:00Z"));

    private final InMemorySettingsHistory history = new InMemorySettingsHistory();
    private final AlertSettingsStore store = new AlertSettingsStore(new InMemoryPluginSettings().factory(), history);

    @Test
    void recordsEachChangedSettingOldToNewInTheEnglishItAlwaysWrote() {
        assertThat(store.save(new AlertSettings(LocalTime.of(7, 30), 21), "admin-key", ADMIN))
                .isTrue();
        assertThat(store.save(new AlertSettings(LocalTime.of(7, 30), 21), "admin-key", ADMIN))
                .isFalse();

        assertThat(history.recent(10))
                .singleElement()
                .extracting(SettingsChange::description)
                .isEqualTo("slip check time 06:00 → 07:30; slip alert notice days 14 → 21; "
                        + "slip check searches as nobody → admin-key");
    }

    @Test
    void writesTheRecordedChangeInTheReadersLanguage() {
        store.save(new AlertSettings(LocalTime.of(6, 0), 21), "admin-key", ADMIN);
        ReasonTexts german = new ReasonTexts(TranslatedI18nResolver.german(Map.of(
                "promise-keeper.reason.history.settings.alert-notice-days",
                "Vorwarnzeit der Abweichungen (Tage) {0} → {1}",
                "promise-keeper.reason.history.settings.run-as",
                "Abweichungsprüfung sucht als {0} → {1}",
                "promise-keeper.reason.history.nobody",
                "niemand")));

        assertThat(history.recent(1).get(0).text(german.texts()))
                .isEqualTo(
                        "Vorwarnzeit der Abweichungen (Tage) 14 → 21; Abweichungsprüfung sucht als niemand → admin-key");
    }
}
