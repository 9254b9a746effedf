package com.atlassian.sal.api.net;

/**
 * Stand-in for {@code com.atlassian.sal.api.net.Response} from {@code com.atlassian.sal:sal-api}: the response a
 * {@link ReturningResponseHandler} is given. Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public interface Response {

    /** The HTTP status code. */
    int getStatusCode();
}
