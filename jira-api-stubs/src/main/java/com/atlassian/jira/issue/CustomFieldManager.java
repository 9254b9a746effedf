package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;

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
}
