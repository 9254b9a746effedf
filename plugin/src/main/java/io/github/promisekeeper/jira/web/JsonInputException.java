package io.github.promisekeeper.jira.web;

import java.util.Objects;

/**
 * A request body that {@link Json#read} could not accept; answered with 400 and the field at fault, in the viewer's
 * language (its message is the English, for logs).
 */
public final class JsonInputException extends RuntimeException {

    private final String field;
    private final transient LocalizedText text;

    public JsonInputException(String field, LocalizedText text) {
        super(text.english());
        this.field = field;
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The JSON path of the field at fault (for example {@code contracts[0].value}), or null for the whole body. */
    public String field() {
        return field;
    }

    /** What is wrong, to be written in the viewer's language. */
    public LocalizedText text() {
        return text;
    }
}
