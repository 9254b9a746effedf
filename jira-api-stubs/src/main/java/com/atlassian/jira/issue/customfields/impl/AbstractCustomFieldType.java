package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the base class of Jira's custom field types.
 * Only the members the plugin uses are declared; Jira's source declares no constructor (the implicit one is kept here). Every method throws.
 *
 * @see <a href="https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/epiccolor/package-tree.html">Jira Software 11.1.0-m0011 class hierarchy: AbstractCustomFieldType&lt;T,S&gt; implements CustomFieldType&lt;T,S&gt;</a>
 * @see <a href="https://github.com/alanmosely/jira-watcher-field-plugin/blob/47ceeb1901a758f4951ebcf41e735a5f0521a470/src/main/java/com/burningcode/jira/issue/customfields/impl/WatcherFieldType.java">a field type built against Jira 10.3.0 overriding getVelocityParameters(Issue, CustomField, FieldLayoutItem)</a>
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    /** The complete module key of the type, from the descriptor Jira initialised it with. */
    @Override
    public final String getKey() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The parameters Jira's view, edit, column and xml templates of the field are rendered with. */
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
