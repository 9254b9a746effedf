package io.github.promisekeeper.jira.mail.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.core.mail.MailPreferencesStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link MailPreferencesStore} on Active Objects; returns preferences, never AO proxies. */
public final class AoMailPreferences implements MailPreferencesStore {

    private static final String COLUMNS = "ID, USER_KEY, IMMEDIATE_MAIL, DIGEST_MAIL, FORMAT";

    private final ActiveObjects ao;

    public AoMailPreferences(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "active objects");
    }

    @Override
    public Optional<MailPreferences> findByUser(String userKey) {
        return Optional.ofNullable(findByUsers(Set.of(userKey)).get(userKey));
    }

    @Override
    public Map<String, MailPreferences> findByUsers(Set<String> userKeys) {
        if (userKeys.isEmpty()) {
            return Map.of();
        }
        if (userKeys.size() > MAX_KEYS) {
            throw new IllegalArgumentException(
                    "At most " + MAX_KEYS + " users are read at once, not " + userKeys.size());
        }
        Object[] keys = userKeys.toArray();
        String placeholders = String.join(",", Collections.nCopies(keys.length, "?"));
        return ao.executeInTransaction(() -> {
            Map<String, MailPreferences> found = new HashMap<>();
            Arrays.stream(ao.find(
                            MailPreferenceEntity.class,
                            Query.select(COLUMNS).where("USER_KEY IN (" + placeholders + ")", keys)))
                    .forEach(row -> found.put(row.getUserKey(), preferences(row)));
            return found;
        });
    }

    @Override
    public void save(String userKey, MailPreferences preferences) {
        Objects.requireNonNull(userKey, "user key");
        Objects.requireNonNull(preferences, "preferences");
        ao.executeInTransaction(() -> {
            MailPreferenceEntity[] rows =
                    ao.find(MailPreferenceEntity.class, Query.select(COLUMNS).where("USER_KEY = ?", userKey));
            if (rows.length == 0) {
                ao.create(
                        MailPreferenceEntity.class,
                        new DBParam("USER_KEY", userKey),
                        new DBParam("IMMEDIATE_MAIL", preferences.immediate()),
                        new DBParam("DIGEST_MAIL", preferences.digest()),
                        new DBParam("FORMAT", preferences.format().name()));
            } else {
                MailPreferenceEntity row = rows[0];
                row.setImmediateMail(preferences.immediate());
                row.setDigestMail(preferences.digest());
                row.setFormat(preferences.format().name());
                row.save();
            }
            return null;
        });
    }

    private static MailPreferences preferences(MailPreferenceEntity row) {
        MailFormat format;
        try {
            format = MailFormat.valueOf(row.getFormat());
        } catch (IllegalArgumentException e) {
            format = MailFormat.HTML;
        }
        return new MailPreferences(row.isImmediateMail(), row.isDigestMail(), format);
    }
}
