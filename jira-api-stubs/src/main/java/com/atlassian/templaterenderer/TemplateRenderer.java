package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in for {@code com.atlassian.templaterenderer.TemplateRenderer} from
 * {@code com.atlassian.templaterenderer:atlassian-template-renderer-api} (Jira 11.3 / Data Center
 * platform 8): the service that renders (Velocity) templates from the plugin's resources. Only the two
 * methods the plugin uses are declared (the real interface also has {@code render(String, Writer)} and
 * {@code resolve(String)}). {@code renderFragment} declares {@link RenderingException} as current sources
 * of the API do.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html">atlassian-template-renderer 1.5.2 javadoc (older than Jira 11's)</a>
 * @see <a href="https://developer.atlassian.com/display/DOCS/Atlassian+Template+Renderer">Atlassian Template Renderer guide</a>
 */
public interface TemplateRenderer {

    /**
     * Renders the named template with the given context (plus an i18n resolver and web resource helpers).
     *
     * @param templateName file name of the template
     * @param context objects to make available to the template
     * @param writer where to write the output
     * @throws RenderingException if rendering fails internally
     * @throws IOException if the template cannot be read or the writer fails
     */
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    /**
     * Renders a template fragment given as a string.
     *
     * @param fragment the template text
     * @param context objects to make available to the template
     * @return the rendered text
     * @throws RenderingException if rendering fails internally
     */
    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;
}
