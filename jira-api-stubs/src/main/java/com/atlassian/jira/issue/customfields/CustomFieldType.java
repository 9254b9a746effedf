package com.atlassian.jira.issue.customfields;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.CustomFieldType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a kind of custom field (text, date picker, or an app's own), with its value types; {@code T} the transport object, {@code S} the single-value type.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/customfields/CustomFieldType.html">Jira 10.5.0 javadoc of CustomFieldType</a>
 */
public interface CustomFieldType<T, S> {

    /** The complete module key of the type ({@code pluginKey:moduleKey}). */
    String getKey();
}
