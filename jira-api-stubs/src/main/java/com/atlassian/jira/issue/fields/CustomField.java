package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;

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

    /** The name as an administrator entered it, without translation. */
    String getUntranslatedName();

    /** The description as an administrator entered it, without translation; may be {@code null}. */
    String getUntranslatedDescription();

    /** The searcher that indexes and searches the field, or {@code null} when it has none (not searchable). */
    CustomFieldSearcher getCustomFieldSearcher();

    /** The field's type, or {@code null} when the app that provides it is not enabled. */
    @SuppressWarnings("rawtypes") // raw in Jira's signature
    CustomFieldType getCustomFieldType();
}
