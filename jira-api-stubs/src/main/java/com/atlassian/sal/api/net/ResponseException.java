package com.atlassian.sal.api.net;

/**
 * Stand-in for {@code com.atlassian.sal.api.net.ResponseException} from {@code com.atlassian.sal:sal-api}: a
 * request could not be executed or its response not read (connection refused, timeout, ...).
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ResponseException.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public class ResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        super(message);
    }
}
