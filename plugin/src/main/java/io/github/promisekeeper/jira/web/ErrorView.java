package io.github.promisekeeper.jira.web;

import java.util.List;

/** The one JSON shape of every error answer: {@code {"errors":[{"field":…,"message":…}]}}. */
public record ErrorView(List<FieldError> errors) {

    /** One problem; {@code field} names the parameter or JSON field at fault, or is absent. */
    public record FieldError(String field, String message) {}

    public static ErrorView of(String field, String message) {
        return new ErrorView(List.of(new FieldError(field, message)));
    }
}
