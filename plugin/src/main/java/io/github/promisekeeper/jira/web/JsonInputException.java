package io.github.promisekeeper.jira.web;

/** A request body that {@link Json#read} could not accept; answered with 400 and the field at fault. */
public final class JsonInputException extends RuntimeException {

    private final String field;

    public JsonInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The JSON path of the field at fault (for example {@code contracts[0].value}), or null for the whole body. */
    public String field() {
        return field;
    }
}
