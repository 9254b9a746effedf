package io.github.promisekeeper.jira.web;

import java.util.Objects;

/**
 * A value the plugin's own types refuse (a blank group name, an epic children query without its placeholder): an
 * {@link IllegalArgumentException}, as before, whose message is the English of its {@link LocalizedText}, and
 * which a REST answer writes in the viewer's language through {@link ReasonTexts#message(Throwable)}.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    public InvalidInputException(LocalizedText text) {
        this(text, null);
    }

    public InvalidInputException(LocalizedText text, Throwable cause) {
        super(text.english(), cause);
        this.text = Objects.requireNonNull(text, "text");
    }

    public LocalizedText text() {
        return text;
    }
}
