package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.issue.link.IssueLinkTypeManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): manages issue link types.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/link/IssueLinkTypeManager.html">Jira 10.5.0 javadoc of IssueLinkTypeManager</a>
 */
public interface IssueLinkTypeManager {

    /** Creates a link type. */
    void createIssueLinkType(String name, String outward, String inward, String style);

    /** The link type with the id, or {@code null}. */
    IssueLinkType getIssueLinkType(Long id);

    /** The link types with the name. */
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
