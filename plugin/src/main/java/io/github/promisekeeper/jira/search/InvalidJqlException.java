package io.github.promisekeeper.jira.search;

import java.util.List;

/**
 * JQL that Jira's parser or validator rejected, with Jira's own messages for the user. An
 * {@link IllegalArgumentException}: the caller's input was wrong (the REST layer answers 400).
 */
public class InvalidJqlException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> messages;

    public InvalidJqlException(String message, List<String> messages) {
        super(messages.isEmpty() ? message : message + " " + String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    /** Jira's messages, in the viewer's language. */
    public List<String> messages() {
        return messages;
    }
}
