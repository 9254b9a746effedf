package io.github.promisekeeper.core.mail;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where each user's own {@link MailPreferences} are kept, by user key; a user who chose nothing has none. */
public interface MailPreferencesStore {

    int MAX_KEYS = 1000;

    Optional<MailPreferences> findByUser(String userKey);

    /** The preferences of those of {@code userKeys} who chose any, in one call (at most {@link #MAX_KEYS} keys). */
    Map<String, MailPreferences> findByUsers(Set<String> userKeys);

    /** Replaces the user's preferences. */
    void save(String userKey, MailPreferences preferences);
}
