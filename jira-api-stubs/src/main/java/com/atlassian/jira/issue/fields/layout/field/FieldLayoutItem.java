package com.atlassian.jira.issue.fields.layout.field;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a field's place in a field configuration; the plugin reads nothing from it.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.html">Jira 10.5.0 javadoc of FieldLayoutItem</a>
 */
public interface FieldLayoutItem {}
