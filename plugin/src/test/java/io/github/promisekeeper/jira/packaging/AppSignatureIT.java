package io.github.promisekeeper.jira.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Signs the built plugin jar the way the build does (build-support/signing/SignAppJar.java) with a throwaway
 * key, and checks the signature the way Atlassian's "App signing troubleshooting" page does
 * (https://confluence.atlassian.com/upm/app-signing-troubleshooting-1489470589.html): Base64-decode the
 * {@code .sig}, take the public key from the certificate ({@code openssl x509 -noout -pubkey}), then
 * {@code openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in app.jar -sigfile ...}. The key and the
 * self-signed certificate come from OpenSSL as "Generating app signature and verification certificate using
 * OpenSSL" says. Without openssl the JDK checks the same Ed25519 signature instead, except in CI
 * ({@code CI=true}), where a missing openssl is a failure.
 */
class AppSignatureIT {

    private static Path builtJar;
    private static Path signer;
    private static boolean openssl;

    @BeforeAll
    static void findTools() throws IOException, InterruptedException {
        builtJar = Path.of(System.getProperty("plugin.jar", "target/missing.jar"));
        assertThat(builtJar).as("plugin jar built by the package phase").isRegularFile();
        signer = Path.of(System.getProperty("app.signer", "missing/SignAppJar.java"));
        assertThat(signer).as("the build's signer").isRegularFile();
        openssl = run(Path.of("."), "openssl", "version").exitCode() == 0;
        if (!openssl) {
            String message =
                    "openssl is not installed: the signature is checked with the JDK, not as Atlassian's page does";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true, so a missing openssl is a failure.");
            }
            System.err.println("AppSignatureIT: " + message + " (Debian: apt-get install -y openssl).");
        }
    }

    @Test
    void signatureOfTheJarVerifiesWithThePublicKeyOfTheCertificate(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(builtJar, dir.resolve("app.jar"));
        Throwaway key = Throwaway.create(dir);

        Result signing = sign(jar, "--key=" + key.privateKey());

        assertThat(signing.exitCode()).as(signing.output()).isZero();
        Path sig = dir.resolve("app.jar.sig");
        assertThat(sig).isRegularFile();
        String text = Files.readString(sig, StandardCharsets.US_ASCII);
        assertThat(text).as("one line of Base64, nothing else").matches("[A-Za-z0-9+/]+={0,2}");
        byte[] raw = Base64.getDecoder().decode(text);
        assertThat(raw).as("a raw Ed25519 signature").hasSize(64);
        assertThat(key.verifies(jar, raw, dir)).isTrue();
    }

    /** The README's by-hand signing with OpenSSL gives the same .sig as the build (Ed25519 is deterministic). */
    @Test
    void signingByHandWithOpensslGivesTheSameSignature(@TempDir Path dir) throws Exception {
        assumeTrue(openssl, "openssl is not installed (in CI that already failed the class)");
        Path jar = Files.copy(builtJar, dir.resolve("app.jar"));
        Throwaway key = Throwaway.create(dir);
        assertThat(sign(jar, "--key=" + key.privateKey()).exitCode()).isZero();

        Throwaway.check(run(
                dir,
                "openssl",
                "pkeyutl",
                "-sign",
                "-inkey",
                key.privateKey().toString(),
                "-rawin",
                "-in",
                jar.toString(),
                "-out",
                "app.jar.sig.raw"));
        Throwaway.check(run(dir, "openssl", "base64", "-A", "-in", "app.jar.sig.raw", "-out", "by-hand.sig"));

        assertThat(Files.readString(dir.resolve("by-hand.sig"), StandardCharsets.US_ASCII)
                        .strip())
                .isEqualTo(Files.readString(dir.resolve("app.jar.sig"), StandardCharsets.US_ASCII));
    }

    @Test
    void oneChangedByteInTheJarFailsVerification(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(builtJar, dir.resolve("app.jar"));
        Throwaway key = Throwaway.create(dir);
        assertThat(sign(jar, "--key=" + key.privateKey()).exitCode()).isZero();
        byte[] raw =
                Base64.getDecoder().decode(Files.readString(dir.resolve("app.jar.sig"), StandardCharsets.US_ASCII));

        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 1;
        Path changed = Files.write(dir.resolve("changed.jar"), bytes);

        assertThat(key.verifies(jar, raw, dir))
                .as("the unchanged jar still verifies")
                .isTrue();
        assertThat(key.verifies(changed, raw, dir)).isFalse();
    }

    @Test
    void withoutAKeyWritesNoSignatureAndRemovesAStaleOne(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(builtJar, dir.resolve("app.jar"));
        Files.writeString(dir.resolve("app.jar.sig"), "stale");

        Result signing = sign(jar, "--key=");

        assertThat(signing.exitCode()).isZero();
        assertThat(signing.output()).contains("is not signed").contains("-Dpromise-keeper.signing.key=");
        assertThat(dir.resolve("app.jar.sig")).doesNotExist();
    }

    @Test
    void refusesAKeyThatIsNotEd25519(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(builtJar, dir.resolve("app.jar"));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Path key =
                Throwaway.writePem(dir.resolve("rsa.key"), rsa.generateKeyPair().getPrivate());

        Result signing = sign(jar, "--key=" + key);

        assertThat(signing.exitCode()).isNotZero();
        assertThat(signing.output()).contains("not an Ed25519 key");
        assertThat(dir.resolve("app.jar.sig")).doesNotExist();
    }

    /** When the build was given a key, the .sig it wrote beside the jar is that key's signature of that jar. */
    @Test
    void theBuildSignedItsJarWhenGivenAKeyAndOnlyThen() throws Exception {
        Path sig = builtJar.resolveSibling(builtJar.getFileName() + ".sig");
        String key = System.getProperty("app.signing.key", "");
        if (key.isBlank()) {
            assertThat(sig)
                    .as("no key given to the build, so no signature beside the jar")
                    .doesNotExist();
            return;
        }
        Path keyFile = Path.of(System.getProperty("app.signing.base", ".")).resolve(key);
        PrivateKey privateKey = readPrivateKey(keyFile);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(privateKey);
        ed25519.update(Files.readAllBytes(builtJar));
        // Ed25519 signatures are deterministic: the same key and bytes give the same signature.
        assertThat(Files.readString(sig, StandardCharsets.US_ASCII))
                .isEqualTo(Base64.getEncoder().encodeToString(ed25519.sign()));
        if (openssl) {
            Path dir = Files.createTempDirectory("app-signature");
            Path publicKey = dir.resolve("public_key.pem");
            assertThat(run(dir, "openssl", "pkey", "-in", keyFile.toString(), "-pubout", "-out", publicKey.toString())
                            .exitCode())
                    .isZero();
            Path raw = Files.write(
                    dir.resolve("signature.bin"),
                    Base64.getDecoder().decode(Files.readString(sig, StandardCharsets.US_ASCII)));
            assertThat(opensslVerifies(publicKey, builtJar, raw, dir)).isTrue();
        }
    }

    private static Result sign(Path jar, String keyOption) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return run(jar.getParent(), java.toString(), signer.toString(), jar.toString(), keyOption);
    }

    /** The page's check: {@code openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in JAR -sigfile SIG}. */
    private static boolean opensslVerifies(Path publicKeyPem, Path jar, Path rawSignature, Path dir)
            throws IOException, InterruptedException {
        Result verify = run(
                dir,
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                publicKeyPem.toString(),
                "-rawin",
                "-in",
                jar.toString(),
                "-sigfile",
                rawSignature.toString());
        assertThat(verify.output()).containsAnyOf("Signature Verified Successfully", "Signature Verification Failure");
        return verify.exitCode() == 0;
    }

    private static PrivateKey readPrivateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII)
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "");
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(text)));
    }

    /**
     * A throwaway signing key with its self-signed verification certificate: from OpenSSL as Atlassian's page
     * creates them when openssl is installed, else from the JDK.
     */
    private record Throwaway(Path privateKey, Path certificate, PublicKey jdkPublicKey) {

        static Throwaway create(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
            Path key = dir.resolve("app-signing.key");
            if (!openssl) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                return new Throwaway(writePem(key, pair.getPrivate()), null, pair.getPublic());
            }
            Path csr = dir.resolve("app-signing.csr");
            Path certificate = dir.resolve("app-signing.crt");
            check(run(dir, "openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString()));
            check(run(
                    dir,
                    "openssl",
                    "req",
                    "-new",
                    "-key",
                    key.toString(),
                    "-out",
                    csr.toString(),
                    "-subj",
                    "/CN=Promise Keeper throwaway test signer"));
            check(run(
                    dir,
                    "openssl",
                    "x509",
                    "-req",
                    "-days",
                    "1",
                    "-in",
                    csr.toString(),
                    "-signkey",
                    key.toString(),
                    "-out",
                    certificate.toString()));
            return new Throwaway(key, certificate, null);
        }

        boolean verifies(Path jar, byte[] rawSignature, Path dir) throws Exception {
            if (certificate == null) {
                Signature ed25519 = Signature.getInstance("Ed25519");
                ed25519.initVerify(jdkPublicKey);
                ed25519.update(Files.readAllBytes(jar));
                return ed25519.verify(rawSignature);
            }
            Path publicKey = dir.resolve("public_key.pem");
            Result extract = run(dir, "openssl", "x509", "-in", certificate.toString(), "-noout", "-pubkey");
            check(extract);
            Files.writeString(publicKey, extract.output(), StandardCharsets.US_ASCII);
            Path sigFile = Files.write(dir.resolve("signature.bin"), rawSignature);
            return opensslVerifies(publicKey, jar, sigFile, dir);
        }

        static Path writePem(Path file, PrivateKey key) throws IOException {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.getEncoded());
            return Files.writeString(
                    file,
                    "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n",
                    StandardCharsets.US_ASCII);
        }

        static void check(Result result) {
            assertThat(result.exitCode()).as(result.output()).isZero();
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Path dir, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException notInstalled) {
            return new Result(-1, String.valueOf(notInstalled.getMessage()));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("%s finished", command[0])
                .isTrue();
        return new Result(process.exitValue(), output);
    }
}
