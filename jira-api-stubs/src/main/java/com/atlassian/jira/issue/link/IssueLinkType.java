package com.atlassian.jira.issue.link;

/**
 * Stand-in for {@code com.atlassian.jira.issue.link.IssueLinkType} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a kind of issue link with its two descriptions.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/link/IssueLinkType.html">Jira 10.5.0 javadoc of IssueLinkType</a>
 */
public interface IssueLinkType {

    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
