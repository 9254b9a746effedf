package io.github.promisekeeper.jira.webhook.http;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.RequestFactory;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import io.github.promisekeeper.core.webhook.TransportResult;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The SAL adapter's own decisions (redirects off, headers and body passed on, failures answered), over mocks. */
class SalWebhookTransportTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private final Request<?, Response> request = mock(Request.class);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private final RequestFactory<Request<?, ?>> factory = mock(RequestFactory.class);

    private final Map<String, String> headers = new LinkedHashMap<>(Map.of("X-PromiseKeeper-Delivery", "d-1"));

    @Test
    void postsWithoutFollowingRedirectsAndAnswersTheStatusCode() throws ResponseException {
        doReturn(request).when(factory).createRequest(Request.MethodType.POST, "https://crm.example.com/hook");
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(302);
        when(request.executeAndReturn(any())).thenAnswer(call -> {
            ReturningResponseHandler<Response, Integer> handler = call.getArgument(0);
            return handler.handle(response);
        });

        TransportResult result =
                new SalWebhookTransport(factory).post(URI.create("https://crm.example.com/hook"), headers, "{}");

        verify(request).setFollowRedirects(false);
        verify(request).setHeader("X-PromiseKeeper-Delivery", "d-1");
        verify(request).setRequestBody("{}");
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.delivered()).isFalse();
        assertThat(result.error()).isEqualTo("HTTP 302: redirect not followed");
    }

    @Test
    void aFailureToConnectIsAFailedAttemptNotAnException() throws ResponseException {
        doReturn(request).when(factory).createRequest(Request.MethodType.POST, "https://crm.example.com/hook");
        when(request.executeAndReturn(any())).thenThrow(new ResponseException("Connection refused"));

        TransportResult result =
                new SalWebhookTransport(factory).post(URI.create("https://crm.example.com/hook"), headers, "{}");

        assertThat(result.statusCode()).isZero();
        assertThat(result.error()).isEqualTo("ResponseException: Connection refused");
    }
}
