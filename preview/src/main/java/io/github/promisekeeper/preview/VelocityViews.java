package io.github.promisekeeper.preview;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders the plugin's templates with real Velocity 1.7 (the engine under Jira's template renderer), from
 * the class path as Jira does; a reference that does not resolve is an error, not blank output, and so is a
 * method of the plugin's classes that the velocity-allowlist does not name.
 */
final class VelocityViews {

    private final VelocityEngine engine = new VelocityEngine();

    /** An engine that enforces {@code allowlist} ({@code Class#method(params)} entries) on the plugin's classes. */
    VelocityViews(Set<String> allowlist) {
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST, Set.copyOf(allowlist));
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(
                RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
    }

    String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(new VelocityContext(new HashMap<>(context)), out);
        return out.toString();
    }
}
