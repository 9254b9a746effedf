package io.github.promisekeeper.jira.mail;

import com.atlassian.jira.user.ApplicationUser;
import io.github.promisekeeper.core.mail.MailPreferences;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A person a mail may go to, with what decides what they read: their language and time zone, whether they may
 * see money, and their mail preferences (their own or the site's defaults).
 */
public record MailRecipient(
        ApplicationUser user,
        String address,
        Locale locale,
        ZoneId zone,
        boolean maySeeMoney,
        MailPreferences preferences) {

    public MailRecipient {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(preferences, "preferences");
    }

    public String key() {
        return user.getKey();
    }

    public String name() {
        String name = user.getDisplayName();
        return name == null ? key() : name.replace('\r', ' ').replace('\n', ' ');
    }
}
