package io.github.promisekeeper.jira.mail;

import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.core.mail.MailPreferencesStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link MailPreferencesStore} in memory, for tests. */
public final class InMemoryMailPreferences implements MailPreferencesStore {

    private final Map<String, MailPreferences> byUser = new ConcurrentHashMap<>();

    @Override
    public Optional<MailPreferences> findByUser(String userKey) {
        return Optional.ofNullable(byUser.get(userKey));
    }

    @Override
    public Map<String, MailPreferences> findByUsers(Set<String> userKeys) {
        Map<String, MailPreferences> found = new HashMap<>();
        userKeys.forEach(key -> findByUser(key).ifPresent(preferences -> found.put(key, preferences)));
        return found;
    }

    @Override
    public void save(String userKey, MailPreferences preferences) {
        byUser.put(userKey, preferences);
    }
}
