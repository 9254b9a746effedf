package io.github.promisekeeper.jira.mail.rest;

import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailPreferences;

import java.util.Locale;

/**
 * A user's mail preferences as JSON: {@code {"immediate":true,"digest":false,"format":"html","chosen":true}};
 * {@code chosen} is false while they follow the site's defaults (it is ignored on input).
 */
public record MailPreferencesView(Boolean immediate, Boolean digest, String format, Boolean chosen) {

    static MailPreferencesView from(MailPreferences preferences, boolean chosen) {
        return new MailPreferencesView(
                preferences.immediate(),
                preferences.digest(),
                preferences.format().name().toLowerCase(Locale.ROOT),
                chosen);
    }

    /** The preferences given, each field required. @throws IllegalArgumentException naming the first bad one */
    MailPreferences toPreferences() {
        if (immediate == null) {
            throw new IllegalArgumentException("immediate");
        }
        if (digest == null) {
            throw new IllegalArgumentException("digest");
        }
        if (!"html".equals(format) && !"text".equals(format)) {
            throw new IllegalArgumentException("format");
        }
        return new MailPreferences(immediate, digest, MailFormat.valueOf(format.toUpperCase(Locale.ROOT)));
    }
}
