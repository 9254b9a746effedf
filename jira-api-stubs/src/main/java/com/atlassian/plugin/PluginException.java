package com.atlassian.plugin;

/**
 * Stand-in for {@code com.atlassian.plugin.PluginException} from
 * {@code com.atlassian.plugins:atlassian-plugins-api} (Jira 11.3 / Data Center platform 8): the generic,
 * unchecked plugin-framework exception. It is here only because {@link PluginParseException} extends it.
 *
 * <p>The constructors only pass their arguments to {@link RuntimeException}.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html">atlassian-plugins 3.0 javadoc (older than Jira 11's)</a>
 */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the detail message
     */
    public PluginException(String message) {
        super(message);
    }

    /**
     * @param cause the underlying failure
     */
    public PluginException(Throwable cause) {
        super(cause);
    }

    /**
     * @param message the detail message
     * @param cause the underlying failure
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
