package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.plugin.web.Condition} from
 * {@code com.atlassian.plugins:atlassian-plugins-webfragment-api} (Jira 11.3 / Data Center platform 8):
 * decides whether a web fragment (a web panel or web item) is shown at all.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/web/Condition.html">atlassian-plugins 2.10 xref of Condition.java (older)</a>
 * @see <a href="https://developer.atlassian.com/server/jira/platform/web-panel/">Web panel module: conditions</a>
 */
public interface Condition {

    /**
     * Called after creation and autowiring, with the parameters given in the plugin descriptor.
     *
     * @param params the optional {@code <param>} values from the XML
     * @throws PluginParseException if the parameters are invalid
     */
    void init(Map<String, String> params) throws PluginParseException;

    /**
     * Whether to show the fragment.
     *
     * @param context the context the fragment would be rendered with
     * @return {@code true} to show it
     */
    boolean shouldDisplay(Map<String, Object> context);
}
