package io.github.promisekeeper.preview;

import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.util.Set;

/**
 * Velocity introspection that refuses, as Jira 10+ does, any method of the plugin's own classes that the
 * descriptor's {@code <velocity-allowlist>} does not name; methods of other classes (String, numbers) pass,
 * as Jira's platform allowlist lets them. The allowlist comes from the engine's application attribute
 * {@link #ALLOWLIST}: a set of {@code fully.qualified.Class#method(params)} entries.
 */
public final class AllowlistUberspector extends UberspectImpl implements RuntimeServicesAware {

    static final String ALLOWLIST = "promise-keeper.preview.velocity-allowlist";
    /** Classes of the plugin and of the core rules it embeds. */
    static final String PLUGIN_PACKAGES = "io.github.promisekeeper.";

    private RuntimeServices runtime;

    @Override
    public void setRuntimeServices(RuntimeServices runtimeServices) {
        this.runtime = runtimeServices;
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(target, methodName, args, info);
        if (method != null) {
            check(target, methodName, args == null ? 0 : args.length, info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String property, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, property, info);
        if (getter != null) {
            check(target, getter.getMethodName(), getter.getMethodName().equals("get") ? 1 : 0, info);
        }
        return getter;
    }

    private void check(Object target, String methodName, int arity, Info info) {
        if (target == null || !target.getClass().getName().startsWith(PLUGIN_PACKAGES)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> allowlist = (Set<String>) runtime.getApplicationAttribute(ALLOWLIST);
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            String prefix = type.getName() + "#" + methodName + "(";
            for (String entry : allowlist) {
                if (entry.startsWith(prefix) && arity(entry) == arity) {
                    return;
                }
            }
        }
        throw new VelocityException(target.getClass().getName() + "#" + methodName + " is called by " + info
                + " but is not in the descriptor's <velocity-allowlist>: Jira 10+ refuses it.");
    }

    private static int arity(String entry) {
        String parameters =
                entry.substring(entry.indexOf('(') + 1, entry.lastIndexOf(')')).strip();
        return parameters.isEmpty() ? 0 : parameters.split(",").length;
    }
}
