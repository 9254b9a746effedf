package io.github.promisekeeper.core.webhook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104 over FIPS 180-4 SHA-256) on the JDK's {@link MessageDigest}: core stays on {@code java.*}
 * only, so it does not reach for {@code javax.crypto}. The tests check it against RFC 4231's vectors and against
 * {@code javax.crypto.Mac}.
 */
final class HmacSha256 {

    private static final int BLOCK_SIZE = 64;
    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private HmacSha256() {}

    static byte[] mac(byte[] key, byte[] message) {
        byte[] block = key.length > BLOCK_SIZE ? sha256().digest(key) : key;
        byte[] padded = Arrays.copyOf(block, BLOCK_SIZE);
        byte[] inner = new byte[BLOCK_SIZE];
        byte[] outer = new byte[BLOCK_SIZE];
        for (int i = 0; i < BLOCK_SIZE; i++) {
            inner[i] = (byte) (padded[i] ^ INNER_PAD);
            outer[i] = (byte) (padded[i] ^ OUTER_PAD);
        }
        MessageDigest digest = sha256();
        digest.update(inner);
        byte[] innerHash = digest.digest(message);
        digest.update(outer);
        return digest.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
