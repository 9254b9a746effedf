package com.atlassian.templaterenderer;

/**
 * Stand-in for {@code com.atlassian.templaterenderer.RenderingException} from
 * {@code com.atlassian.templaterenderer:atlassian-template-renderer-api} (Jira 11.3 / Data Center
 * platform 8): the unchecked exception a {@link TemplateRenderer} throws when rendering fails internally.
 *
 * <p>The constructors only pass their arguments to {@link RuntimeException}; an exception type has no
 * Jira behaviour to stand in for.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html">atlassian-template-renderer 1.5.2 javadoc, whose methods throw it (older than Jira 11's)</a>
 */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the detail message
     * @param cause the underlying failure
     */
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param message the detail message
     */
    public RenderingException(String message) {
        super(message);
    }

    /**
     * @param cause the underlying failure
     */
    public RenderingException(Throwable cause) {
        super(cause);
    }
}
