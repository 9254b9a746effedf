package com.atlassian.jira.issue.customfields.impl;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.impl.FieldValidationException} from {@code com.atlassian.jira:jira-api} (Jira 11.3): an unchecked exception a custom field type throws when an entered value is invalid; Jira shows its message next to the field.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html">Jira 10.5.0 javadoc of FieldValidationException</a>
 */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the message shown to the user */
    public FieldValidationException(String message) {
        super(message);
    }
}
