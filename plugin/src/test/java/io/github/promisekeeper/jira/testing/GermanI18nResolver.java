package io.github.promisekeeper.jira.testing;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A second language for tests: the German texts it is given, the plugin's English elsewhere, as Jira falls back to
 * the default language for a key a translation lacks.
 */
public final class GermanI18nResolver implements I18nResolver {

    private final PropertiesI18nResolver english = new PropertiesI18nResolver();
    private final Map<String, String> german;

    public GermanI18nResolver(Map<String, String> german) {
        this.german = Map.copyOf(german);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String text = german.get(key);
        return text == null
                ? english.getText(key, arguments)
                : new MessageFormat(text, Locale.GERMAN).format(arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
