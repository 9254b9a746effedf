package io.github.promisekeeper.core.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "s3cr3t-with-ümlaut";
    private static final String BODY = "{\"event\":\"commitment.kept\",\"customer\":{\"key\":\"ACME\"}}";
    private static final String DELIVERY = "7f1c1c1e-0000-4000-8000-000000000001";

    /** The receiver's side, written from the documented scheme with the JDK's own HMAC. */
    private static String independentSignature(String secret, String timestamp, String delivery, String body)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal((timestamp + "." + delivery + "." + body).getBytes(StandardCharsets.UTF_8));
        return "v1=" + HexFormat.of().formatHex(digest);
    }

    @Test
    void signsTimestampDeliveryIdAndBodyAsDocumented() throws Exception {
        assertThat(WebhookSignature.sign(SECRET, 1_780_000_000L, DELIVERY, BODY))
                .isEqualTo(independentSignature(SECRET, "1780000000", DELIVERY, BODY));
    }

    @Test
    void headersCarryTheAttemptsTimestampDeliveryIdEventAndSignature() throws Exception {
        Map<String, String> headers = WebhookSignature.headers(
                SECRET, Instant.parse("2026-05-28T10:15:30.900Z"), DELIVERY, "commitment.kept", BODY);

        assertThat(headers)
                .containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("X-PromiseKeeper-Event", "commitment.kept")
                .containsEntry("X-PromiseKeeper-Delivery", DELIVERY)
                .containsEntry("X-PromiseKeeper-Timestamp", "1779963330");
        assertThat(headers.get("X-PromiseKeeper-Signature"))
                .isEqualTo(independentSignature(SECRET, "1779963330", DELIVERY, BODY));
    }

    @Test
    void verifyRefusesAChangedBodyTimestampDeliveryIdOrSecret() {
        String signature = WebhookSignature.sign(SECRET, 100L, DELIVERY, BODY);

        assertThat(WebhookSignature.verify(SECRET, 100L, DELIVERY, BODY, signature))
                .isTrue();
        assertThat(WebhookSignature.verify(SECRET, 100L, DELIVERY, BODY + " ", signature))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, 101L, DELIVERY, BODY, signature))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, 100L, DELIVERY + "x", BODY, signature))
                .isFalse();
        assertThat(WebhookSignature.verify("other", 100L, DELIVERY, BODY, signature))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, 100L, DELIVERY, BODY, null)).isFalse();
    }
}
