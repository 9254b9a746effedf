package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeSource;

import java.util.Objects;

/**
 * One entry of the settings history: who changed the settings, when, through what, and what changed (old → new).
 *
 * @param description what changed in English, as stored for every version of the app (cut to
 *     {@link #MAX_DESCRIPTION_LENGTH} characters)
 * @param details what changed as data, written in the reader's language; null for an entry stored before the
 *     history kept it, or whose English text had to be cut
 */
public record SettingsChange(Change change, String description, Description details) {

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
            // The details would say more than the text every other version shows; the cut text stands for both.
            details = null;
        }
    }

    /** An entry with its English text only, as stored before the history kept what changed as data. */
    public SettingsChange(Change change, String description) {
        this(change, description, null);
    }

    /** An entry for {@code details}, with their English text. */
    public static SettingsChange of(Change change, Description details) {
        return new SettingsChange(change, details.english(), details);
    }

    /** What changed in the language of {@code texts}: from the details when the entry has them, else as stored. */
    public String text(Reason.Texts texts) {
        return details == null ? description : details.in(texts);
    }
}
