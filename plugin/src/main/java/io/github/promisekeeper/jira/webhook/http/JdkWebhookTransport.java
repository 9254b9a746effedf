package io.github.promisekeeper.jira.webhook.http;

import io.github.promisekeeper.core.webhook.TransportResult;
import io.github.promisekeeper.core.webhook.WebhookTransport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * {@link WebhookTransport} on the JDK's {@link HttpClient}: the transport of the tests against a real local
 * receiver, the delivery benchmark and the preview. In Jira the plugin sends through SAL's outbound HTTP instead
 * ({@link SalWebhookTransport}). Redirects are never followed; the response body is discarded.
 */
public final class JdkWebhookTransport implements WebhookTransport {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;

    public JdkWebhookTransport() {
        this(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    JdkWebhookTransport(HttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public TransportResult post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return TransportResult.answered(response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return TransportResult.noAnswer(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TransportResult.noAnswer("Interrupted");
        }
    }
}
