package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.impl.GenericTextCFType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): Jira's base class for custom field types that store one text value. The constructor does nothing here (it stores its arguments in Jira), so that the plugin's subtype can be created where Jira would create it; every method throws.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/customfields/impl/GenericTextCFType.html">Jira 10.5.0 javadoc of GenericTextCFType</a>
 */
public class GenericTextCFType implements CustomFieldType<String, String> {

    /** Jira's four collaborators, as public plugin code passes them on (Jira 7 to 11). */
    public GenericTextCFType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager,
                             TextFieldCharacterLengthValidator textFieldCharacterLengthValidator,
                             JiraAuthenticationContext jiraAuthenticationContext) {
        // Jira keeps the collaborators; a stand-in has nothing to keep.
    }

    /**
     * The stored value for the text a user entered.
     *
     * @throws FieldValidationException when the text is not a valid value
     */
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The parameters Jira's view, edit, column and xml templates of the field are rendered with. */
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
