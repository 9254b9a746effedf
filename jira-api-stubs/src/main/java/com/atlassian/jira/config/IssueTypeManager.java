package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.config.IssueTypeManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): manages issue types.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/config/IssueTypeManager.html">Jira 10.5.0 javadoc of IssueTypeManager</a>
 */
public interface IssueTypeManager {

    /** Creates an issue type. */
    IssueType createIssueType(String name, String description, Long avatarId);

    /**
     * Changes an issue type's name, description and avatar. Checked against testit-tms/jira-plugin (built
     * against {@code jira-api} 11.3.6), which sets its issue type's icon this way.
     */
    void updateIssueType(IssueType issueType, String name, String description, Long avatarId);

    /** The issue type with the id, or {@code null}. */
    IssueType getIssueType(String id);

    /** All issue types. */
    Collection<IssueType> getIssueTypes();
}
