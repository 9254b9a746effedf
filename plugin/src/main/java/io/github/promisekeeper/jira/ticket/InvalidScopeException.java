package io.github.promisekeeper.jira.ticket;

import io.github.promisekeeper.jira.search.InvalidJqlException;
import io.github.promisekeeper.jira.web.LocalizedText;

import java.util.List;
import java.util.Optional;

/**
 * A radar scope (project, filter or JQL clause) that Jira rejects for this viewer: the viewer's error, not the server's.
 * Jira's messages come in the viewer's language; without them, the app's own text says why.
 */
public class InvalidScopeException extends InvalidJqlException {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    public InvalidScopeException(String message, List<String> messages) {
        super(message, messages);
        this.text = null;
    }

    /** A scope refused with the app's own {@code text}, followed by Jira's {@code messages} if any. */
    public InvalidScopeException(LocalizedText text, List<String> messages) {
        super(text.english(), messages);
        this.text = text;
    }

    /** The app's own text, to be written in the viewer's language; empty when only the English message exists. */
    public Optional<LocalizedText> text() {
        return Optional.ofNullable(text);
    }
}
