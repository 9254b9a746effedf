package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Stand-in for {@code com.atlassian.sal.api.message.I18nResolver} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): the interface that resolves i18n keys to text in the current
 * user's locale. Only the two {@code getText} methods the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/message/I18nResolver.html">sal-api 2.0 javadoc (older)</a>
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/core/message/AbstractI18nResolver.html">sal 3.0.0 javadoc of AbstractI18nResolver, which implements it</a>
 * @see <a href="https://docs.atlassian.com/atlassian-bamboo/8.0.4/com/atlassian/bamboo/utils/i18n/I18nResolverAdapter.html">Bamboo 8.0.4 javadoc of an implementation</a>
 */
public interface I18nResolver {

    /**
     * Resolves a key without arguments (the form Velocity templates call).
     *
     * @param key the i18n key
     * @return the text, or the key itself if it cannot be resolved
     */
    String getText(String key);

    /**
     * Resolves a key and formats the arguments into it.
     *
     * @param key the i18n key
     * @param arguments the message arguments
     * @return the formatted text, or the formatted key if it cannot be resolved
     */
    String getText(String key, Serializable... arguments);

    /**
     * Resolves a key in {@code locale} and formats the arguments into it: for texts read by someone other than
     * the current user, such as a mail's recipient. (Older-only evidence, see jira11-evidence.tsv.)
     *
     * @param locale the locale to write in
     * @param key the i18n key
     * @param arguments the message arguments
     * @return the formatted text
     */
    String getText(Locale locale, String key, Serializable... arguments);
}
