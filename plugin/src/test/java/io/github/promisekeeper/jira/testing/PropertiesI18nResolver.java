package io.github.promisekeeper.jira.testing;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Resolves texts from the plugin's real English properties file with Java's MessageFormat, as Jira's
 * resolver does; a missing key fails the test instead of showing the key.
 */
public final class PropertiesI18nResolver implements I18nResolver {

    private final Properties texts = new Properties();

    public PropertiesI18nResolver() {
        try (InputStream in = PropertiesI18nResolver.class.getResourceAsStream("/i18n/promise-keeper.properties")) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("No English text for i18n key " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    /** English whatever the locale: only English texts ship. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
