package com.atlassian.jira.avatar;

/**
 * Stand-in for {@code com.atlassian.jira.avatar.Avatar} from {@code com.atlassian.jira:jira-api} (Jira 11.3):
 * an icon of a project, user or issue type. Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/avatar/Avatar.html">Jira 10.5.0 javadoc of Avatar</a>
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/Avatar.html">the javadoc published as "server" (Jira 7), where it was checked</a>
 */
public interface Avatar {

    /** The avatar's database id; {@code null} before it is stored. */
    Long getId();
}
