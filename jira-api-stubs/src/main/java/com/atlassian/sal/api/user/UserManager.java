package com.atlassian.sal.api.user;

/**
 * Stand-in for {@code com.atlassian.sal.api.user.UserManager} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the interface for looking up the current user and their
 * permissions.
 *
 * <p>Only the members the plugin uses are declared. The request-taking variant
 * {@code getRemoteUser(HttpServletRequest)} is deliberately left out: the javadoc found documents only
 * its {@code javax.servlet} form (up to Confluence 9.5 / Bamboo 10.2), and the Jakarta form that Jira 11
 * must have could not be confirmed from Atlassian's documentation.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html">Confluence 9.5.2 javadoc of an implementation of sal-api's UserManager</a>
 * @see <a href="https://docs.atlassian.com/atlassian-bamboo/9.5.1/com/atlassian/sal/bamboo/user/BambooSalUserManager.html">Bamboo 9.5.1 javadoc of an implementation of sal-api's UserManager</a>
 */
public interface UserManager {

    /**
     * The key of the user making the current request.
     *
     * @return the user key, or {@code null} if the request is anonymous
     */
    UserKey getRemoteUserKey();

    /**
     * The profile of the user making the current request.
     *
     * @return the profile, or {@code null} if the request is anonymous
     */
    UserProfile getRemoteUser();

    /**
     * Whether the user is a system administrator.
     *
     * @param userKey the user, may be {@code null}
     * @return {@code true} if the user is a system administrator
     */
    boolean isSystemAdmin(UserKey userKey);

    /**
     * Whether the user is an administrator (system administrators count as administrators).
     *
     * @param userKey the user, may be {@code null}
     * @return {@code true} if the user is an administrator
     */
    boolean isAdmin(UserKey userKey);

    /**
     * Whether the user is in the named group.
     *
     * @param userKey the user, may be {@code null}
     * @param group the group name
     * @return {@code true} if the user is a member of the group
     */
    boolean isUserInGroup(UserKey userKey, String group);

    /**
     * Whether the user holds a licence of the product (in Jira: an application licence), so may use it.
     * Declared as {@code boolean isLicensed(@Nullable UserKey userKey)} by every sal-api implementation in
     * the javadoc cited below.
     *
     * @param userKey the user, may be {@code null} (then {@code false})
     * @return {@code true} if the user is licensed
     * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html">Confluence 9.5.2 javadoc: SetupUserManager#isLicensed(UserKey)</a>
     * @see <a href="https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/sal/bamboo/user/BambooSalUserManager.html">Bamboo 10.2.0 javadoc: BambooSalUserManager#isLicensed(UserKey)</a>
     */
    boolean isLicensed(UserKey userKey);
}
