package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.link.IssueLink} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a link between two issues.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/link/IssueLink.html">Jira 10.5.0 javadoc of IssueLink</a>
 */
public interface IssueLink {

    Long getLinkTypeId();

    Issue getSourceObject();

    Issue getDestinationObject();
}
