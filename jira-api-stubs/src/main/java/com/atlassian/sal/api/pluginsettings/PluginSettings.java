package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in for {@code com.atlassian.sal.api.pluginsettings.PluginSettings} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): a key-value store shared by every node of the cluster. Values are
 * {@code String}, {@code List<String>}, {@code Map<String, String>} or {@code Properties}; keys are at most
 * 100 characters. Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettings.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public interface PluginSettings {

    /** The value stored under {@code key}, or {@code null}. */
    Object get(String key);

    /** Stores {@code value} under {@code key}; returns the previous value or {@code null}. */
    Object put(String key, Object value);
}
