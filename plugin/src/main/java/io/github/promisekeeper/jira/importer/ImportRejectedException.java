package io.github.promisekeeper.jira.importer;

import io.github.promisekeeper.jira.web.LocalizedText;

/** An import that cannot be read at all (unknown layout, bad date format, not CSV); answered with 400. */
public final class ImportRejectedException extends RuntimeException {

    private final String field;
    private final transient LocalizedText text;

    public ImportRejectedException(String field, LocalizedText text) {
        super(text.english());
        this.field = field;
        this.text = text;
    }

    /** The request parameter at fault ({@code format}, {@code dateFormat}), or {@code body}. */
    public String field() {
        return field;
    }

    /** Why, as an i18n key and arguments. */
    public LocalizedText text() {
        return text;
    }
}
