package com.atlassian.jira.issue.fields;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.CustomField} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a custom field.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/fields/CustomField.html">Jira 10.5.0 javadoc of CustomField</a>
 */
public interface CustomField {

    /** The field id, such as {@code customfield_10100}. */
    String getId();

    /** The numeric id, such as {@code 10100}. */
    Long getIdAsLong();

    /** The field's name. */
    String getName();
}
