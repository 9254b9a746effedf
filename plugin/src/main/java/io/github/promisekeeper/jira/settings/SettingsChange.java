package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeSource;

import java.util.Objects;

/** One entry of the settings history: who changed the settings, when, through what, and what changed (old → new). */
public record SettingsChange(Change change, String description) {

    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    public SettingsChange {
        Objects.requireNonNull(change, "change");
        if (change.source() == ChangeSource.IMPORT) {
            throw new IllegalArgumentException("Settings are not imported.");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A history entry says what changed.");
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            description = description.substring(0, MAX_DESCRIPTION_LENGTH - 1) + "…";
        }
    }
}
