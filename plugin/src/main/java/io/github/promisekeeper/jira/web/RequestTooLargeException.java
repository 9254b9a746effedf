package io.github.promisekeeper.jira.web;

/** A request body beyond what the app reads (bytes or rows); answered with 413. */
public final class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(String message) {
        super(message);
    }
}
