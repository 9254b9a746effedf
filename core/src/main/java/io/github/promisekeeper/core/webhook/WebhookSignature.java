package io.github.promisekeeper.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How every webhook request is signed, and the headers that carry it (docs/webhooks.md shows a receiver's side):
 *
 * <ul>
 *   <li>{@value #TIMESTAMP_HEADER}: the Unix time of this attempt, in whole seconds;
 *   <li>{@value #DELIVERY_HEADER}: the delivery id, the same on every attempt of one delivery;
 *   <li>{@value #EVENT_HEADER}: the event's wire name;
 *   <li>{@value #SIGNATURE_HEADER}: {@code v1=} and the lower-case hex HMAC-SHA256, keyed with the endpoint's
 *       secret (its UTF-8 bytes), of the UTF-8 bytes of {@code timestamp + "." + deliveryId + "." + body}.
 * </ul>
 *
 * Signing the timestamp and the delivery id with the body lets a receiver refuse replays (an old timestamp, or a
 * delivery id it has already processed) as well as forgeries.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-PromiseKeeper-Signature";
    public static final String TIMESTAMP_HEADER = "X-PromiseKeeper-Timestamp";
    public static final String DELIVERY_HEADER = "X-PromiseKeeper-Delivery";
    public static final String EVENT_HEADER = "X-PromiseKeeper-Event";
    public static final String VERSION_PREFIX = "v1=";

    private WebhookSignature() {}

    /** The {@value #SIGNATURE_HEADER} value for {@code body} sent at {@code timestamp} as {@code deliveryId}. */
    public static String sign(String secret, long timestamp, String deliveryId, String body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(body, "body");
        byte[] mac = HmacSha256.mac(
                secret.getBytes(StandardCharsets.UTF_8),
                signedText(timestamp, deliveryId, body).getBytes(StandardCharsets.UTF_8));
        return VERSION_PREFIX + HexFormat.of().formatHex(mac);
    }

    /** What is signed: {@code timestamp.deliveryId.body}. */
    public static String signedText(long timestamp, String deliveryId, String body) {
        return timestamp + "." + deliveryId + "." + body;
    }

    /** True when {@code signature} is the one {@link #sign} gives, compared in constant time. */
    public static boolean verify(String secret, long timestamp, String deliveryId, String body, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, deliveryId, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** Every header of one attempt, the content type included, in a stable order. */
    public static Map<String, String> headers(
            String secret, Instant attemptAt, String deliveryId, String eventName, String body) {
        long timestamp = attemptAt.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put(EVENT_HEADER, eventName);
        headers.put(DELIVERY_HEADER, deliveryId);
        headers.put(TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(SIGNATURE_HEADER, sign(secret, timestamp, deliveryId, body));
        return headers;
    }
}
