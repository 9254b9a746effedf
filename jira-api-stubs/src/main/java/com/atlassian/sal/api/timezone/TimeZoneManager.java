package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;

import java.util.TimeZone;

/**
 * Stand-in for {@code com.atlassian.sal.api.timezone.TimeZoneManager} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the interface giving the application's and the current user's
 * time zones. Only the two members the plugin uses are declared (the real interface also has
 * {@code getUserTimeZone(UserKey)}).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-bamboo/9.5.1/com/atlassian/sal/bamboo/timezone/BambooTimeZoneManager.html">Bamboo 9.5.1 javadoc of an implementation of sal-api's TimeZoneManager</a>
 */
public interface TimeZoneManager {

    /**
     * The current user's time zone, or the default one for anonymous users or users without a setting.
     *
     * @return the time zone
     */
    TimeZone getUserTimeZone();

    /**
     * The application's default time zone.
     *
     * @return the time zone
     */
    TimeZone getDefaultTimeZone();

    /**
     * The time zone of the user with {@code user}'s key, or the default one when they have no setting.
     * (Older-only evidence, see jira11-evidence.tsv.)
     *
     * @return the time zone
     */
    TimeZone getUserTimeZone(UserKey user);
}
