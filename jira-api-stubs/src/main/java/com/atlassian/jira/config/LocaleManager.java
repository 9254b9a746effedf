package com.atlassian.jira.config;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/**
 * Stand-in for {@code com.atlassian.jira.config.LocaleManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3):
 * the locales of the site and of its users. Only the member the plugin uses is declared. Older-only evidence
 * (see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/config/LocaleManager.html">Jira 7 "server" javadoc of LocaleManager</a>
 */
public interface LocaleManager {

    /** The locale {@code user} reads Jira in (the site's default when they chose none). */
    Locale getLocaleFor(ApplicationUser user);
}
