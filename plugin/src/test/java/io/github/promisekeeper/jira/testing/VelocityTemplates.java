package io.github.promisekeeper.jira.testing;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the plugin's templates with real Velocity 1.7 (the engine under Jira's template renderer),
 * loading them from the classpath as Jira does, and failing on any reference that does not resolve.
 */
public final class VelocityTemplates {

    private final VelocityEngine engine = new VelocityEngine();

    public VelocityTemplates() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(
                RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
    }

    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(new VelocityContext(new HashMap<>(context)), out);
        return out.toString();
    }
}
