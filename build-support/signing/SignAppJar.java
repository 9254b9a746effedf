import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Writes the app signature that UPM 8 (Jira 11) checks before it installs an uploaded app: {@code <jar>.sig}
 * beside the jar, holding the Base64 text of the Ed25519 signature of the jar's bytes.
 *
 * <p>That is the format Atlassian's "App signing troubleshooting" page verifies
 * (https://confluence.atlassian.com/upm/app-signing-troubleshooting-1489470589.html): the Base64 signature
 * decoded, then {@code openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in app.jar -sigfile ...}
 * with the public key of the certificate in UPM's trust store, i.e. plain Ed25519 over the whole file, no
 * digest first. The key is the one "Generating app signature and verification certificate using OpenSSL"
 * creates ({@code openssl genpkey -algorithm ed25519 -out app-signing.key}): an unencrypted PKCS#8 PEM file.
 *
 * <p>The plugin build runs this at {@code package} with the JDK it builds with (a single-file program, so it
 * needs no module of its own and works the same under {@code -Patlassian}):
 * <pre>java build-support/signing/SignAppJar.java JAR --key=KEY_FILE [--base=DIR]</pre>
 * An empty {@code --key=} means no key was given: it says so in one line, removes a {@code .sig} left from an
 * earlier signed build (it would not match the new jar) and succeeds. A relative key path is resolved against
 * {@code --base} (the directory Maven was started in). Any other problem (no such file, an encrypted or
 * non-Ed25519 key) fails with exit status 1 and one line saying what to do.
 */
public final class SignAppJar {

    private static final String KEY_OPTION = "--key=";
    private static final String BASE_OPTION = "--base=";

    private SignAppJar() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
            System.err.println("Promise Keeper app signature: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String run(String[] args) throws IOException, GeneralSecurityException {
        Path jar = null;
        String key = null;
        Path base = Path.of("");
        for (String arg : args) {
            if (arg.startsWith(KEY_OPTION)) {
                key = arg.substring(KEY_OPTION.length()).trim();
            } else if (arg.startsWith(BASE_OPTION)) {
                base = Path.of(arg.substring(BASE_OPTION.length()));
            } else if (jar == null) {
                jar = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument " + arg + "; usage: SignAppJar JAR --key=KEY_FILE [--base=DIR]");
            }
        }
        if (jar == null || key == null) {
            throw new IllegalArgumentException("usage: SignAppJar JAR --key=KEY_FILE [--base=DIR]");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar to sign at " + jar.toAbsolutePath());
        }
        Path signature = jar.resolveSibling(jar.getFileName() + ".sig");
        if (key.isEmpty()) {
            Files.deleteIfExists(signature);
            return "Promise Keeper: " + jar.getFileName() + " is not signed (no -Dpromise-keeper.signing.key=/path/to/app-signing.key);"
                    + " Jira 11 installs an uploaded app only with its signature (README, Install it in Jira 11.3).";
        }
        Path keyFile = base.resolve(key);
        Files.writeString(signature, sign(Files.readAllBytes(jar), readPrivateKey(keyFile)), StandardCharsets.US_ASCII);
        return "Promise Keeper: signed " + jar.getFileName() + " with " + keyFile.toAbsolutePath().normalize() + ": " + signature;
    }

    /** The Base64 text (one line, no line break) of the Ed25519 signature of {@code content}. */
    static String sign(byte[] content, PrivateKey key) throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key);
        ed25519.update(content);
        return Base64.getEncoder().encodeToString(ed25519.sign());
    }

    /** Reads an unencrypted PKCS#8 PEM private key ("BEGIN PRIVATE KEY"), as {@code openssl genpkey} writes it. */
    static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no signing key at " + file.toAbsolutePath().normalize()
                    + " (create one with: openssl genpkey -algorithm ed25519 -out app-signing.key)");
        }
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN PRIVATE KEY-----";
        String end = "-----END PRIVATE KEY-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file + " is not an unencrypted PKCS#8 PEM key (\"" + begin + "\");"
                    + " UPM needs an Ed25519 key: openssl genpkey -algorithm ed25519 -out app-signing.key");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + " is not an Ed25519 key, which UPM requires"
                    + " (openssl genpkey -algorithm ed25519 -out app-signing.key): " + e.getMessage(), e);
        }
    }
}
