package io.github.promisekeeper.jira.web;

/** A request body beyond what the app reads (bytes or rows); answered with 413. */
public final class RequestTooLargeException extends RuntimeException {

    private final transient LocalizedText text;

    public RequestTooLargeException(LocalizedText text) {
        super(text.english());
        this.text = text;
    }

    /** Which limit, as an i18n key and arguments. */
    public LocalizedText text() {
        return text;
    }
}
