package io.github.promisekeeper.jira.importer;

/** An import that cannot be read at all (unknown layout, bad date format, not CSV); answered with 400. */
public final class ImportRejectedException extends RuntimeException {

    private final String field;

    public ImportRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request parameter at fault ({@code format}, {@code dateFormat}), or {@code body}. */
    public String field() {
        return field;
    }
}
