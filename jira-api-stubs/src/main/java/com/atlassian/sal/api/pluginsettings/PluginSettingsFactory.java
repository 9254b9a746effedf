package com.atlassian.sal.api.pluginsettings;

/**
 * Stand-in for {@code com.atlassian.sal.api.pluginsettings.PluginSettingsFactory} from {@code com.atlassian.sal:sal-api}
 * (Jira 11.3 / Data Center platform 8): hands out {@link PluginSettings}. Only the members the plugin uses
 * are declared.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public interface PluginSettingsFactory {

    /** The settings of the whole application, not tied to a project or space. */
    PluginSettings createGlobalSettings();
}
