package io.github.promisekeeper.jira.settings;

import java.util.Objects;

/** A settings change refused because one field's value is invalid; names the field and says why. */
public final class InvalidSettingException extends IllegalArgumentException {

    private final String field;

    public InvalidSettingException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The settings field refused, as the REST API names it. */
    public String field() {
        return field;
    }
}
