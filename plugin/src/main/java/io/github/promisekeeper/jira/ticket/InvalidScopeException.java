package io.github.promisekeeper.jira.ticket;

import io.github.promisekeeper.jira.search.InvalidJqlException;

import java.util.List;

/** A radar scope (project, filter or JQL clause) that Jira rejects for this viewer: the viewer's error, not the server's. */
public class InvalidScopeException extends InvalidJqlException {

    private static final long serialVersionUID = 1L;

    public InvalidScopeException(String message, List<String> messages) {
        super(message, messages);
    }
}
