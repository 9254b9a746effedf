package io.github.promisekeeper.core.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

class HmacSha256Test {

    private static String hex(byte[] key, String message) {
        return HexFormat.of().formatHex(HmacSha256.mac(key, message.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void matchesRfc4231TestCaseOne() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        assertThat(hex(key, "Hi There")).isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void matchesRfc4231TestCaseTwo() {
        assertThat(hex("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void hashesAKeyLongerThanTheBlockFirstAsRfc4231TestCaseSix() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        assertThat(hex(key, "Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void agreesWithTheJdksMacForRandomKeysAndMessages() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] key = new byte[1 + random.nextInt(150)];
            byte[] message = new byte[random.nextInt(500)];
            random.nextBytes(key);
            random.nextBytes(message);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            assertThat(HmacSha256.mac(key, message)).isEqualTo(mac.doFinal(message));
        }
    }
}
