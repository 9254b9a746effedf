package com.atlassian.plugin;

/**
 * Stand-in for {@code com.atlassian.plugin.PluginParseException} from
 * {@code com.atlassian.plugins:atlassian-plugins-api} (Jira 11.3 / Data Center platform 8): the unchecked
 * exception thrown by code that parses a plugin or its module descriptors, for example
 * {@code ContextProvider.init}.
 *
 * <p>The constructors only pass their arguments to {@link PluginException}.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html">atlassian-plugins 4.6.0 javadoc (older than Jira 11's)</a>
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginParseException.html">atlassian-plugins 4.4.10 xref</a>
 */
public class PluginParseException extends PluginException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the detail message
     */
    public PluginParseException(String message) {
        super(message);
    }

    /**
     * @param cause the underlying failure
     */
    public PluginParseException(Throwable cause) {
        super(cause);
    }

    /**
     * @param message the detail message
     * @param cause the underlying failure
     */
    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
