package io.github.promisekeeper.jira.importer;

import io.github.promisekeeper.jira.web.LocalizedText;

/** Another import held the cluster-wide lock too long, or a conflicting change stopped the writes (all undone); answered with 409. */
public final class ImportBusyException extends RuntimeException {

    private final transient LocalizedText text;

    public ImportBusyException(LocalizedText text) {
        super(text.english());
        this.text = text;
    }

    /** Why, as an i18n key and arguments. */
    public LocalizedText text() {
        return text;
    }
}
