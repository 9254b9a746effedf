package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;
import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.issue.CustomFieldManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): manages custom fields.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/CustomFieldManager.html">Jira 10.5.0 javadoc of CustomFieldManager</a>
 */
public interface CustomFieldManager {

    /** The custom field with the numeric id, or {@code null}. */
    CustomField getCustomFieldObject(Long id);

    /** The custom fields with the name. */
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    /**
     * Creates a custom field of {@code fieldType}, searched with {@code customFieldSearcher}, in the given
     * contexts and for the given issue types (a list holding {@code null} means every issue type).
     *
     * @throws GenericEntityException when the database write fails
     */
    @SuppressWarnings("rawtypes") // CustomFieldType is raw in Jira's signature
    CustomField createCustomField(
            String fieldName,
            String description,
            CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher,
            List<JiraContextNode> contexts,
            List<IssueType> issueTypes)
            throws GenericEntityException;

    /** The custom field type with the complete module key ({@code pluginKey:moduleKey}), or {@code null}. */
    @SuppressWarnings("rawtypes") // raw in Jira's signature
    CustomFieldType getCustomFieldType(String key);

    /** The searcher with the complete module key ({@code pluginKey:moduleKey}), or {@code null}. */
    CustomFieldSearcher getCustomFieldSearcher(String key);

    /**
     * Changes the name, description and searcher of the custom field with the numeric id (Jira 6.4 onwards);
     * a {@code null} searcher makes the field unsearchable.
     */
    void updateCustomField(Long id, String name, String description, CustomFieldSearcher searcher);
}
