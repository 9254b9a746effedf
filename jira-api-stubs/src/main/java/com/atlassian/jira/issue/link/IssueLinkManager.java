package com.atlassian.jira.issue.link;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.issue.link.IssueLinkManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): reads and writes issue links.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/link/IssueLinkManager.html">Jira 10.5.0 javadoc of IssueLinkManager</a>
 */
public interface IssueLinkManager {

    /** The links from the issue to others. */
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    /** The links from others to the issue. */
    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
