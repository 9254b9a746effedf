package com.atlassian.plugin.util;

/**
 * Stand-in for {@code com.atlassian.plugin.util.PluginKeyStack} from the Atlassian Plugins framework,
 * {@code com.atlassian.plugins:atlassian-plugins-core} (the artifact that holds the
 * {@code com.atlassian.plugin.util} package; Jira 11.3 / Data Center platform 8): a final utility class
 * holding, per thread, the keys of the plugins whose code is currently running.
 *
 * <p><b>Runtime no-op.</b> Unlike most stand-ins this one really works, because the Active Objects 6.1.1
 * library ({@code net.java.ao.EntityManager}) calls {@link #getFirstPluginKey()} on every operation,
 * including inside tests that run Active Objects against a real database. Outside Jira no plugin code is
 * being tracked, so it answers {@code null}, as Atlassian's class does for an empty stack.
 *
 * <p>No javadoc page for this class was found (it is newer than the published atlassian-plugins 5.2
 * javadoc of its package); the kind (final class, private constructor, static method) and signature were
 * taken from a decompiled copy of Atlassian's class and from the {@code invokestatic} in the Active
 * Objects 6.1.1 bytecode.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/5.2.2/apidocs/com/atlassian/plugin/util/package-tree.html">atlassian-plugins 5.2.2 javadoc of package com.atlassian.plugin.util (older, before this class)</a>
 * @see <a href="https://developer.atlassian.com/server/profiling/guides/tagging-existing-metrics/">Atlassian profiling guide (the invokerPluginKey tag fed from this stack)</a>
 */
public final class PluginKeyStack {

    private PluginKeyStack() {}

    /**
     * The key of the outermost plugin on this thread's stack.
     *
     * @return always {@code null} in this stand-in: no plugin is being tracked outside Jira
     */
    public static String getFirstPluginKey() {
        return null;
    }
}
