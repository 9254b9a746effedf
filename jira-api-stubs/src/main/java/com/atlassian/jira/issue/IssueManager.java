package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.issue.IssueManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): reads and stores issues, without permission checks.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/IssueManager.html">Jira 10.5.0 javadoc of IssueManager</a>
 */
public interface IssueManager {

    /** The issue with the id, editable, or {@code null}. */
    MutableIssue getIssueObject(Long id);

    /** Stores {@code issue}'s changes as {@code user}. */
    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption, boolean sendMail);
}
