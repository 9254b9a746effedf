package com.atlassian.sal.api.net;

/**
 * Stand-in for {@code com.atlassian.sal.api.net.ReturningResponseHandler} from {@code com.atlassian.sal:sal-api}:
 * turns the response of {@link Request#executeAndReturn} into a value.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ReturningResponseHandler.html">sal-api 3.0.0 javadoc (older than Jira 11's)</a>
 */
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
