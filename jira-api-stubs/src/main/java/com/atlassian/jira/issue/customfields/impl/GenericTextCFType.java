package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.security.JiraAuthenticationContext;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.impl.GenericTextCFType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): Jira's base class for custom field types that store one text value, a subclass of {@link AbstractSingleFieldType}{@code <String>}. The constructor does nothing here (it stores its arguments in Jira), so that the plugin's subtype can be created where Jira would create it; every method throws.
 * Only the members the plugin uses are declared (Jira's class also implements ProjectImportableCustomField, RestAwareCustomFieldType, RestCustomFieldTypeOperations and TextCustomFieldType, which the plugin does not use).
 *
 * @see <a href="https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/epiccolor/package-tree.html">Jira Software 11.1.0-m0011 class hierarchy: GenericTextCFType extends AbstractSingleFieldType&lt;T&gt;</a>
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/TextAreaCFType.html">Jira 7 "server" javadoc: the four-argument constructor of GenericTextCFType's subclasses</a>
 */
public class GenericTextCFType extends AbstractSingleFieldType<String> {

    /** Jira's four collaborators, as public plugin code passes them on (Jira 7). */
    public GenericTextCFType(
            CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager,
            TextFieldCharacterLengthValidator textFieldCharacterLengthValidator,
            JiraAuthenticationContext jiraAuthenticationContext) {
        super(customFieldValuePersister, genericConfigManager);
    }

    /**
     * The stored value for the text a user entered.
     *
     * @throws FieldValidationException when the text is not a valid value
     */
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
