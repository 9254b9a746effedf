package io.github.promisekeeper.preview;

import com.atlassian.templaterenderer.TemplateRenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The template renderer Jira gives plugins, for the preview: the plugin's Velocity templates from the class
 * path through {@link VelocityViews} (strict references, the descriptor's velocity-allowlist enforced).
 */
final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityViews views;

    VelocityTemplateRenderer(VelocityViews views) {
        this.views = views;
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        writer.write(views.render(templateName, context));
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new UnsupportedOperationException(
                "The preview renders template files only; the plugin renders no fragments.");
    }
}
