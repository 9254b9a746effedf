package io.github.promisekeeper.preview;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The plugin's English texts from its own {@code i18n/promise-keeper.properties}, formatted with Java's
 * MessageFormat as Jira's resolver does. A missing key comes back as the key itself, as in Jira.
 */
public final class PropertiesI18n implements I18nResolver {

    private final Map<String, String> texts;

    public PropertiesI18n(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PropertiesI18n.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No texts at " + resource + " on the class path.");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> sorted.put(key, properties.getProperty(key)));
        this.texts = Map.copyOf(sorted);
    }

    /** Every key with its unformatted pattern, for the browser's {@code AJS.I18n.getText}. */
    public Map<String, String> patterns() {
        return new TreeMap<>(texts);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    /** English whatever the locale: only English texts ship. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
