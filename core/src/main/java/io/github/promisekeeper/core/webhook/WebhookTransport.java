package io.github.promisekeeper.core.webhook;

import java.net.URI;
import java.util.Map;

/**
 * Sends one signed webhook request (port): SAL's outbound HTTP in Jira, the JDK's {@code HttpClient} in the tests,
 * the benchmark and the preview. An implementation never follows redirects and never throws for a failure of the
 * receiver or the network: it answers a {@link TransportResult}.
 */
public interface WebhookTransport {

    TransportResult post(URI url, Map<String, String> headers, String body);
}
