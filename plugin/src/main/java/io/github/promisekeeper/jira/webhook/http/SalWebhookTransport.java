package io.github.promisekeeper.jira.webhook.http;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.RequestFactory;
import com.atlassian.sal.api.net.ResponseException;
import io.github.promisekeeper.core.webhook.TransportResult;
import io.github.promisekeeper.core.webhook.WebhookTransport;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * {@link WebhookTransport} in Jira: SAL's outbound HTTP ({@link RequestFactory}), which uses Jira's configured
 * HTTP client and proxy. Redirects are switched off; the handler reads only the status code, for a success and a
 * failure alike. SAL's request API is confirmed for Jira only as far as {@code jira11-evidence.tsv} says (older
 * SAL javadoc and Jira 9.12 code for the request members; the factory as a Jira 10.3 service).
 */
public final class SalWebhookTransport implements WebhookTransport {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    private final RequestFactory<?> requests;

    public SalWebhookTransport(RequestFactory<?> requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public TransportResult post(URI url, Map<String, String> headers, String body) {
        try {
            Request<?, ?> request = requests.createRequest(Request.MethodType.POST, url.toString());
            request.setConnectionTimeout(CONNECT_TIMEOUT_MS);
            request.setSoTimeout(READ_TIMEOUT_MS);
            request.setFollowRedirects(false);
            headers.forEach(request::setHeader);
            request.setRequestBody(body);
            int status = request.executeAndReturn(response -> response.getStatusCode());
            return TransportResult.answered(status);
        } catch (ResponseException | RuntimeException e) {
            // SAL wraps connection failures and timeouts in ResponseException; a bad URL may surface unchecked.
            return TransportResult.noAnswer(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
