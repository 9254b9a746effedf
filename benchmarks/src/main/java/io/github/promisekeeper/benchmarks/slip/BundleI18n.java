package io.github.promisekeeper.benchmarks.slip;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The plugin's English texts, as Jira's resolver formats them (MessageFormat), for the mails the benchmark writes. */
final class BundleI18n implements I18nResolver {

    private final Properties texts = new Properties();

    BundleI18n() {
        try (InputStream in = BundleI18n.class.getResourceAsStream("/i18n/promise-keeper.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "The plugin's i18n/promise-keeper.properties is not on the class path.");
            }
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
            throw new IllegalStateException("No text for i18n key " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
