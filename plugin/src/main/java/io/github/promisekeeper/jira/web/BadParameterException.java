package io.github.promisekeeper.jira.web;

/**
 * A query parameter a REST resource cannot accept (out of range, unknown word, not a key): answered with 400 and
 * the parameter's name by {@code BadParameterMapper}, so that a JSON endpoint and its CSV twin refuse alike.
 */
public final class BadParameterException extends RuntimeException {

    private final String parameter;

    /** {@code message} is already in the viewer's language. */
    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the query parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
