package com.atlassian.jira.user;

/**
 * Stand-in for {@code com.atlassian.jira.user.ApplicationUser} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a Jira user.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/user/ApplicationUser.html">Jira 10.5.0 javadoc of ApplicationUser</a>
 */
public interface ApplicationUser {

    /** The user's immutable key. */
    String getKey();

    /** The user's full name for display. */
    String getDisplayName();

    /** The user's email address. */
    String getEmailAddress();

    /** Whether the user is active (may log in); inactive users are not notified. */
    boolean isActive();
}
