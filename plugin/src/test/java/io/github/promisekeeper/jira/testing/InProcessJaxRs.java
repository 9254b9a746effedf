package io.github.promisekeeper.jira.testing;

import jakarta.ws.rs.core.SecurityContext;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/**
 * A real JAX-RS runtime (Jersey 3.1, the Jakarta REST 3.1 reference implementation) running resources
 * in-process, without a network: requests go through routing, parameter conversion and response
 * building exactly as in a container, and the body is what Jersey's message body writers wrote (a streamed
 * body included).
 */
public final class InProcessJaxRs {

    private static final URI BASE = URI.create("http://localhost/jira/rest/promise-keeper/1.0/");

    private final ApplicationHandler handler;

    public InProcessJaxRs(Object... resources) {
        ResourceConfig config = new ResourceConfig();
        for (Object resource : resources) {
            config.register(resource);
        }
        this.handler = new ApplicationHandler(config);
    }

    /** Sends {@code GET <base>/<pathAndQuery>} accepting JSON and returns the status and body. */
    public Answer get(String pathAndQuery) {
        return get(pathAndQuery, "application/json");
    }

    /** Sends {@code GET <base>/<pathAndQuery>} with the {@code accept} header and returns the status and body. */
    public Answer get(String pathAndQuery, String accept) {
        ContainerRequest request = new ContainerRequest(
                BASE, BASE.resolve(pathAndQuery), "GET", new NoUser(), new MapPropertiesDelegate(), null);
        request.header("Accept", accept);
        return run(request);
    }

    /**
     * Sends {@code method <base>/<pathAndQuery>} with {@code body} (UTF-8) of {@code contentType} (either
     * may be null) and returns the status and body.
     */
    public Answer send(String method, String pathAndQuery, String contentType, String body) {
        return send(method, pathAndQuery, contentType, body, Map.of());
    }

    /** {@link #send(String, String, String, String)} with extra request {@code headers}. */
    public Answer send(
            String method, String pathAndQuery, String contentType, String body, Map<String, String> headers) {
        ContainerRequest request = new ContainerRequest(
                BASE, BASE.resolve(pathAndQuery), method, new NoUser(), new MapPropertiesDelegate(), null);
        request.header("Accept", "application/json");
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        return run(request);
    }

    private Answer run(ContainerRequest request) {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try {
            ContainerResponse response = handler.apply(request, written).get();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.getStringHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
            return new Answer(
                    response.getStatus(),
                    response.getMediaType() == null
                            ? null
                            : response.getMediaType().toString(),
                    response.getEntity() == null && written.size() == 0
                            ? null
                            : written.toString(StandardCharsets.UTF_8),
                    headers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What came back: HTTP status, content type, body (as written, UTF-8), headers (names in any case). */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
        public Answer {
            Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(headers);
            headers = Collections.unmodifiableMap(copy);
        }

        /** The body split at CRLF, the end of a CSV record (a line break inside a quoted field stays). */
        public List<String> lines() {
            return body == null ? List.of() : List.of(body.split("\r\n", -1));
        }
    }

    private static final class NoUser implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    }
}
