package io.github.promisekeeper.jira.settings.rest;

import io.github.promisekeeper.jira.settings.SettingsChange;

import java.util.List;
import java.util.Locale;

/** JSON of {@code /settings/history}: the latest settings changes, newest first. */
record SettingsHistoryView(List<Entry> changes) {

    /** One change: who, when (an ISO instant), through what ({@code rest}, {@code admin_page}) and what changed. */
    record Entry(String author, String at, String source, String description) {}

    static SettingsHistoryView from(List<SettingsChange> changes) {
        return new SettingsHistoryView(changes.stream()
                .map(change -> new Entry(
                        change.change().author(),
                        change.change().at().toString(),
                        change.change().source().name().toLowerCase(Locale.ROOT),
                        change.description()))
                .toList());
    }
}
