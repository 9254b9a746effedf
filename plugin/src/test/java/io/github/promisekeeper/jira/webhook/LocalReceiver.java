package io.github.promisekeeper.jira.webhook;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToIntBiFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver on the loopback interface (the JDK's {@code HttpServer}), as a CRM's webhook endpoint would
 * be: it verifies every request's signature on its own (with {@code javax.crypto.Mac}, from the documented scheme,
 * not with the plugin's code), records what it got, and answers the status its {@code answer} function picks for
 * the n-th request. It can be stopped and started again on the same port (an outage).
 */
final class LocalReceiver implements AutoCloseable {

    /** One request as the receiver saw it. */
    record Received(String deliveryId, String event, long timestamp, boolean signatureValid, JsonObject body) {

        String orderingKey() {
            return body.has("commitment")
                    ? body.getAsJsonObject("commitment").get("key").getAsString()
                    : "customer:" + body.getAsJsonObject("customer").get("key").getAsString();
        }
    }

    private final String secret;
    private final List<Received> received = new ArrayList<>();
    private volatile ToIntBiFunction<Integer, Received> answer = (n, request) -> 204;
    private volatile URI redirectTo;
    private HttpServer server;
    private int port;

    LocalReceiver(String secret) throws IOException {
        this.secret = secret;
        start(0);
    }

    synchronized void start(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        server.createContext("/hook", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Stops listening: connections are refused until {@link #restart()}. */
    synchronized void stop() {
        server.stop(0);
    }

    synchronized void restart() throws IOException {
        start(port);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/hook");
    }

    /** The status to answer, from the request's number (1 for the first) and the request itself. */
    void answer(ToIntBiFunction<Integer, Received> status) {
        this.answer = status;
    }

    /** Answers every request with 307 and a {@code Location} of {@code target}. */
    void redirectTo(URI target) {
        this.redirectTo = target;
        this.answer = (n, request) -> 307;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String deliveryId = exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Delivery");
        String timestamp = exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Signature");
        String event = exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Event");
        boolean valid = verify(timestamp, deliveryId, raw, signature);
        int status;
        synchronized (this) {
            Received request = new Received(
                    deliveryId,
                    event,
                    Long.parseLong(timestamp),
                    valid,
                    JsonParser.parseString(new String(raw, StandardCharsets.UTF_8))
                            .getAsJsonObject());
            received.add(request);
            status = answer.applyAsInt(received.size(), request);
        }
        if (redirectTo != null) {
            exchange.getResponseHeaders().add("Location", redirectTo.toString());
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** The receiver's check, as docs/webhooks.md tells a CRM to write it. */
    private boolean verify(String timestamp, String deliveryId, byte[] body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "." + deliveryId + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
            return signature != null
                    && MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.US_ASCII),
                            signature.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        server.stop(0);
    }
}
