package io.github.promisekeeper.jira.settings.rest;

import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.util.List;
import java.util.Locale;

/**
 * JSON of {@code /settings/history}: the latest settings changes, newest first, each description in the viewer's
 * language (entries stored before the history kept data: as stored).
 */
record SettingsHistoryView(List<Entry> changes) {

    /** One change: who, when (an ISO instant), through what ({@code rest}, {@code admin_page}) and what changed. */
    record Entry(String author, String at, String source, String description) {}

    static SettingsHistoryView from(List<SettingsChange> changes, ReasonTexts texts) {
        return new SettingsHistoryView(changes.stream()
                .map(change -> new Entry(
                        change.change().author(),
                        change.change().at().toString(),
                        change.change().source().name().toLowerCase(Locale.ROOT),
                        change.text(texts.texts())))
                .toList());
    }
}
