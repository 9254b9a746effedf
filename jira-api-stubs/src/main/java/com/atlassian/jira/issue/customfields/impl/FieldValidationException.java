package com.atlassian.jira.issue.customfields.impl;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.impl.FieldValidationException} from {@code com.atlassian.jira:jira-api} (Jira 11.3): an unchecked exception a custom field type throws when an entered value is invalid; Jira shows its message next to the field.
 * Only the members the plugin uses are declared. Its superclass, {@code RuntimeException}, is what Jira's own source declares (seen in Jira 6.x source; not confirmed for Jira 10/11).
 *
 * @see <a href="https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/FieldValidationException.java">Jira 6.x source of FieldValidationException</a>
 */
public class FieldValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the message shown to the user */
    public FieldValidationException(String message) {
        super(message);
    }
}
