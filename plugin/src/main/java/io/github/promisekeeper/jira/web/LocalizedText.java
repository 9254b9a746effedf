package io.github.promisekeeper.jira.web;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text an exception carries to a REST answer: its i18n key and arguments, rendered in the viewer's language
 * by {@link #in(I18nResolver)}, and the English it renders to, which stays the exception's message for logs.
 */
public record LocalizedText(String key, String english, List<String> arguments) {

    public LocalizedText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(english, "english");
        arguments = List.copyOf(arguments);
    }

    /** Arguments are passed as text so that numbers such as 100000 rows render without grouping in any locale. */
    public static LocalizedText of(String key, String english, Object... arguments) {
        return new LocalizedText(
                key, english, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The text in the language {@code i18n} speaks. */
    public String in(I18nResolver i18n) {
        return i18n.getText(key, arguments.toArray(new Serializable[0]));
    }
}
