package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.security.groups.GroupManager} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): Jira's groups and their members. Only the member the plugin uses is declared; it has older-only
 * evidence (the type is confirmed by Jira 11.3 code, see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html">Jira 7 "server" javadoc of GroupManager</a>
 */
public interface GroupManager {

    /** The members of the group named {@code groupName} (none when it does not exist). */
    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
