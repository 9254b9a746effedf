package io.github.promisekeeper.jira.settings.rest;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.web.ReasonTexts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /settings/history}'s entries in the viewer's language; entries stored as text only, as stored. */
class SettingsHistoryViewTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:15:30Z");

    private static final TranslatedI18nResolver GERMAN = TranslatedI18nResolver.german(Map.of(
            "promise-keeper.reason.history.settings.radar-window", "Radar-Fenster (Tage) {0} \u2192 {1}",
            "promise-keeper.reason.history.settings.finance-groups", "Finanzgruppen {0} \u2192 {1}",
            "promise-keeper.reason.history.none", "(keine)"));

    private static final List<SettingsChange> HISTORY = List.of(
            SettingsChange.of(
                    Change.throughRest("alice", T0.plusSeconds(60)),
                    Description.of(
                            Reason.of(ReasonKey.SETTINGS_RADAR_WINDOW, "90", "60"),
                            Reason.of(
                                    ReasonKey.SETTINGS_FINANCE_GROUPS, Reason.of(ReasonKey.HISTORY_NONE), "finance"))),
            new SettingsChange(Change.throughRest("alice", T0), "basis renewal \u2192 notice"));

    @Test
    void writesEachSettingInTheViewersLanguageAndAnOlderEntryAsStored() {
        assertThat(SettingsHistoryView.from(HISTORY, new ReasonTexts(GERMAN)).changes())
                .extracting(SettingsHistoryView.Entry::description)
                .containsExactly(
                        "Radar-Fenster (Tage) 90 \u2192 60; Finanzgruppen (keine) \u2192 finance",
                        "basis renewal \u2192 notice");
    }

    @Test
    void writesTheStoredEnglishThroughThePluginsProperties() {
        assertThat(SettingsHistoryView.from(HISTORY, new ReasonTexts(new PropertiesI18nResolver()))
                        .changes())
                .extracting(SettingsHistoryView.Entry::description)
                .containsExactly(HISTORY.get(0).description(), HISTORY.get(1).description());
    }
}
