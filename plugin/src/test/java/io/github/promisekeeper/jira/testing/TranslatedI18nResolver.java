package io.github.promisekeeper.jira.testing;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A second language for tests: the texts given (German, say) for their keys and the plugin's English for every
 * other key, as Jira falls back to the default text when a translation lacks a key. Formats as Jira does, with
 * Java's MessageFormat.
 */
public final class TranslatedI18nResolver implements I18nResolver {

    private final Map<String, String> translated;
    private final Locale locale;
    private final PropertiesI18nResolver english = new PropertiesI18nResolver();

    public TranslatedI18nResolver(Locale locale, Map<String, String> translated) {
        this.locale = locale;
        this.translated = Map.copyOf(translated);
    }

    /** German texts for {@code translated}'s keys. */
    public static TranslatedI18nResolver german(Map<String, String> translated) {
        return new TranslatedI18nResolver(Locale.GERMAN, translated);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String text = translated.get(key);
        return text == null ? english.getText(key, arguments) : new MessageFormat(text, locale).format(arguments);
    }

    @Override
    public String getText(Locale ignored, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
