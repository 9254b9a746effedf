package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the base class of custom field types that store one value per issue; here only as the superclass of {@link GenericTextCFType}.
 * Only the members the plugin needs are declared; the constructor keeps nothing here (Jira keeps the two collaborators).
 *
 * @see <a href="https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/epiccolor/package-tree.html">Jira Software 11.1.0-m0011 class hierarchy: AbstractSingleFieldType&lt;T&gt; extends AbstractCustomFieldType&lt;T,S&gt;</a>
 * @see <a href="https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.java">Jira 6.x source: extends AbstractCustomFieldType&lt;T, T&gt;, protected two-argument constructor</a>
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    protected AbstractSingleFieldType(
            CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager) {
        // Jira keeps the collaborators; a stand-in has nothing to keep.
    }
}
