package io.github.promisekeeper.preview;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks admin screen in the preview, whose webhooks go out through the JDK's HttpClient: an administrator
 * registers an endpoint (a real receiver on the loopback interface, allowed explicitly as a private target), sees
 * only the secret's last four characters, sends a signed test that the receiver verifies, and is told in words why
 * a loopback URL without the allowance is refused.
 */
class WebhooksBrowserIT {

    private static final String SECRET = "preview-secret-0123456789";

    @TempDir
    static Path data;

    private static PreviewInBrowser preview;
    private static HttpServer receiver;
    private static final List<String> VERIFIED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        preview = PreviewInBrowser.start(LocalDate.of(2026, 12, 1), data, 1400, 1000);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String signed = exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Timestamp") + "."
                    + exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Delivery") + "."
                    + new String(body, StandardCharsets.UTF_8);
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected =
                        "v1=" + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
                if (expected.equals(exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Signature"))) {
                    VERIFIED.add(exchange.getRequestHeaders().getFirst("X-PromiseKeeper-Event"));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void registersAnEndpointShowsOnlyTheSecretsEndAndSendsASignedTest() {
        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl()
                .resolve("plugins/servlet/promise-keeper/webhooks")
                .toString());
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pk-webhooks-new")));
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        driver.findElement(By.cssSelector(".pk-webhooks-new")).click();
        WebElement form = driver.findElement(By.cssSelector(".pk-webhooks-form"));
        form.findElement(By.name("url")).sendKeys("http://127.0.0.1:9/hook");
        form.findElement(By.name("secret")).sendKeys(SECRET);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-pk-field=url]")));
        assertThat(driver.findElement(By.cssSelector(".pk-admin-field-error[data-pk-field=url]"))
                        .getText())
                .contains("127.0.0.1")
                .contains("Allow private network targets only if");

        WebElement urlInput = form.findElement(By.name("url"));
        urlInput.clear();
        urlInput.sendKeys(url);
        form.findElement(By.cssSelector("label[for=pk-webhooks-privateTargetsAllowed]"))
                .click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".pk-webhooks-endpoints-table tbody tr")));

        WebElement row = driver.findElement(By.cssSelector(".pk-webhooks-endpoints-table tbody tr"));
        assertThat(row.findElement(By.cssSelector(".pk-webhooks-url")).getText())
                .isEqualTo(url);
        assertThat(row.getText()).contains("Secret ending …6789");
        assertThat(driver.getPageSource()).doesNotContain(SECRET);

        row.findElement(By.cssSelector(".pk-webhooks-test")).click();
        wait(driver)
                .until(ExpectedConditions.textMatches(
                        By.cssSelector(".pk-webhooks-status"), Pattern.compile("delivered: HTTP 204")));
        assertThat(VERIFIED).containsExactly("webhook.test");
        assertThat(driver.findElement(By.cssSelector(".pk-webhooks-log")).getText())
                .isEqualTo("Nothing delivered yet.");
    }

    private static WebDriverWait wait(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
