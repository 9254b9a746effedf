package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.user.util.UserManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): looks up Jira users.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/user/util/UserManager.html">Jira 10.5.0 javadoc of UserManager</a>
 */
public interface UserManager {

    /** The user with the key, or {@code null}. */
    ApplicationUser getUserByKey(String userKey);

    /** The user with the user name, or {@code null}. */
    ApplicationUser getUserByName(String userName);
}
