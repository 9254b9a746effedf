package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.issue.IssueManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): reads and stores issues, without permission checks.
 * Only the members the plugin uses are declared. {@code updateIssue} in the {@link UpdateIssueRequest} form
 * Jira 11.3.1 code calls (codescape/jira-scrum-poker's {@code EstimateFieldServiceImpl}); its return value is
 * not read there, so {@code Issue} as the return type comes from older javadoc.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/IssueManager.html">Jira 10.5.0 javadoc of IssueManager</a>
 * @see <a href="https://github.com/codescape/jira-scrum-poker/blob/bb652fd67206960f8a1040ab17aa0bcc40160596/src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java">EstimateFieldServiceImpl in jira-scrum-poker (Jira 11.3.1)</a>
 */
public interface IssueManager {

    /** The issue with the id, editable, or {@code null}. */
    MutableIssue getIssueObject(Long id);

    /**
     * Stores {@code issue}'s changes as {@code user}, publishing the event and sending the mail that
     * {@code updateIssueRequest} asks for; returns the stored issue.
     */
    Issue updateIssue(ApplicationUser user, MutableIssue issue, UpdateIssueRequest updateIssueRequest);
}
