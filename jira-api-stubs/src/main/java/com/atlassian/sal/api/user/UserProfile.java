package com.atlassian.sal.api.user;

/**
 * Stand-in for {@code com.atlassian.sal.api.user.UserProfile} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the interface describing a user's profile. Only the members the
 * plugin uses are declared (the real interface also has profile picture and profile page URIs).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html">Confluence 8.0 javadoc of an implementation of sal-api's UserProfile</a>
 */
public interface UserProfile {

    /**
     * The user's key.
     *
     * @return the user key
     */
    UserKey getUserKey();

    /**
     * The user's current username.
     *
     * @return the username
     */
    String getUsername();

    /**
     * The user's display name.
     *
     * @return the full name
     */
    String getFullName();

    /**
     * The user's e-mail address.
     *
     * @return the e-mail address
     */
    String getEmail();
}
