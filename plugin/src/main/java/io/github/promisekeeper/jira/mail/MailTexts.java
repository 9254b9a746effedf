package io.github.promisekeeper.jira.mail;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.Reason;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail's words and links: texts in the recipient's language (SAL's resolver asked for their locale, not the
 * current user's, since mail is written on a job's thread), and links built on Jira's canonical base URL (no
 * request to take one from).
 */
public class MailTexts {

    /** Where each user turns the app's mail on or off (the page behind the profile menu's link). */
    public static final String PREFERENCES_PATH = "/plugins/servlet/promise-keeper/mail-preferences";

    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public MailTexts(I18nResolver i18n, ApplicationProperties application) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.application = Objects.requireNonNull(application, "application properties");
    }

    public String text(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }

    /** {@code reason} written in {@code locale}, nested reasons and dates included. */
    public String reason(Locale locale, Reason reason) {
        return reason.in((key, arguments) -> i18n.getText(locale, key, arguments));
    }

    /** An absolute link to {@code path} (starting with '/') on this Jira. */
    public String link(String path) {
        String base = Objects.requireNonNullElse(application.getBaseUrl(UrlMode.CANONICAL), "");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The link to an issue. */
    public String issueLink(String issueKey) {
        return link("/browse/" + issueKey);
    }
}
