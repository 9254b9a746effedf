package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.plugin.web.ContextProvider} from
 * {@code com.atlassian.plugins:atlassian-plugins-webfragment-api} (Jira 11.3 / Data Center platform 8):
 * the interface a web panel or web item uses to add entries to its rendering context. Jira Software
 * 11.1's javadoc shows implementations with exactly these two methods.
 *
 * @see <a href="https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/web/rapid/PageLoadDataContextProvider.html">Jira Software 11.1 javadoc of an implementation</a>
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/web/ContextProvider.html">atlassian-plugins 2.10 xref of ContextProvider.java (older)</a>
 */
public interface ContextProvider {

    /**
     * Called after creation and autowiring, with the parameters given in the plugin descriptor.
     *
     * @param params the optional {@code <param>} values from the XML
     * @throws PluginParseException if the parameters are invalid
     */
    void init(Map<String, String> params) throws PluginParseException;

    /**
     * Returns the context to render the web fragment with.
     *
     * @param context the immutable context provided by the application
     * @return the context map for the template
     */
    Map<String, Object> getContextMap(Map<String, Object> context);
}
