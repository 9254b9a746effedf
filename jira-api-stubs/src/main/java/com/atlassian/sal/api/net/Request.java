package com.atlassian.sal.api.net;

/**
 * Stand-in for {@code com.atlassian.sal.api.net.Request} from {@code com.atlassian.sal:sal-api}: one outbound HTTP
 * request, configured by chained setters and executed with a response handler. Only the members the plugin uses
 * are declared.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Request.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    /** Connection timeout in milliseconds. */
    T setConnectionTimeout(int connectionTimeout);

    /** Socket (read) timeout in milliseconds. */
    T setSoTimeout(int soTimeout);

    /** The request body, sent as it is. */
    T setRequestBody(String requestBody);

    /** Sets {@code headerName}, replacing any value it had. */
    T setHeader(String headerName, String headerValue);

    /** Whether a redirect from the server is followed transparently. */
    T setFollowRedirects(boolean follow);

    /** Executes the request and answers what {@code responseHandler} makes of the response. */
    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    /** The HTTP methods (a nested enum; SAL's javadoc lists it as a static nested class). */
    enum MethodType {
        POST
    }
}
