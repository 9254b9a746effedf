package io.github.promisekeeper.benchmarks.slip;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Jira's template renderer played by Velocity 1.7 over the plugin's templates on the class path, so the benchmark
 * writes each mail's bodies as Jira would (without the helpers Jira adds to the context, which the mails do not use).
 */
final class VelocityRenderer implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    VelocityRenderer() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(
                RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        engine.getTemplate(templateName, "UTF-8").merge(new VelocityContext(new HashMap<>(context)), writer);
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.evaluate(new VelocityContext(new HashMap<>(context)), out, "fragment", fragment);
        return out.toString();
    }
}
