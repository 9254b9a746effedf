package io.github.promisekeeper.preview;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes the screenshots of the documentation ({@code docs/screenshots/}) from a preview on fresh demo data,
 * in headless Chromium: {@code preview/run --screenshots docs/screenshots --today 2026-12-01}. "What changed", the
 * Outbox and the alert settings screen are shot from a second start of the same data two weeks later, whose
 * start-up slip check raises and mails what slipped in between.
 */
final class Screenshots {

    /** Each dashboard item: its key, the element that is busy while it loads, and its screenshot's name. */
    private static final String[][] ITEMS = {
        {"renewal-radar-dashboard-item", ".pk-radar", "renewal-radar"},
        {"promises-at-risk-dashboard-item", ".pk-promises", "promises-at-risk"},
        {"promise-scorecard-dashboard-item", ".pk-scorecard", "promise-scorecard"}
    };

    private Screenshots() {}

    /** Days after --today of the second start whose "What changed" is shot: two weeks of slips. */
    private static final int LATER_DAYS = 14;

    private static void save(WebElement element, Path target) throws IOException {
        Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Wrote " + target.toAbsolutePath().normalize());
    }

    /** The item once its script has finished loading (aria-busy false), whatever it then shows. */
    private static void shoot(ChromeDriver driver, String[] item, Path target) throws IOException {
        shoot(driver, item, By.id("dashboard-item-" + item[0]), target);
    }

    /** {@code shown} of the item once the item's script has finished loading (aria-busy false). */
    private static void shoot(ChromeDriver driver, String[] item, By shown, Path target) throws IOException {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#dashboard-item-" + item[0] + " " + item[1] + "[aria-busy='false']")));
        save(driver.findElement(shown), target);
    }

    static void write(PreviewOptions options, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path data = Files.createTempDirectory("pk-preview-screenshots-");
        PreviewOptions fresh = options.withDataFolder(data).withPort(0);
        try {
            LocalDate today;
            try (PreviewServer server = PreviewServer.start(fresh);
                    HeadlessChromium chromium = HeadlessChromium.start(1000, 2600)) {
                var driver = chromium.driver();
                today = server.today();
                driver.get(server.dashboardUrl().toString());
                for (String[] item : ITEMS) {
                    shoot(driver, item, folder.resolve(item[2] + ".png"));
                }
                // Each item again in a 400 px column (Jira's three-column layouts), in the light and the dark theme.
                for (String theme : new String[] {"light", "dark"}) {
                    driver.get(server.dashboardUrl() + "?theme=" + theme);
                    for (String[] item : ITEMS) {
                        driver.executeScript(
                                "var item = document.getElementById(arguments[0]);"
                                        + "item.style.boxSizing = 'border-box'; item.style.width = '400px';",
                                "dashboard-item-" + item[0]);
                        shoot(driver, item, folder.resolve(item[2] + "-400-" + theme + ".png"));
                    }
                }
                // An endpoint registered before the second start, so that its slip check's outcomes fill the
                // webhooks delivery log (pending: the preview has no scheduler to deliver them).
                Object status = driver.executeScript(
                        "var request = new XMLHttpRequest(); request.open('POST', arguments[0], false);"
                                + "request.setRequestHeader('Content-Type', 'application/json');"
                                + "request.setRequestHeader('X-Atlassian-Token', 'no-check');"
                                + "request.send(arguments[1]); return request.status;",
                        server.dashboardUrl()
                                .resolve("rest/promise-keeper/1.0/webhooks")
                                .toString(),
                        "{\"url\":\"http://127.0.0.1:9/crm/promise-keeper\",\"secret\":\"preview-shared-secret\","
                                + "\"events\":[\"commitment.kept\",\"commitment.late\",\"commitment.breached\","
                                + "\"commitment.health_changed\",\"customer.renewal_at_risk\"],"
                                + "\"privateTargetsAllowed\":true}");
                System.out.println("Registered a webhook endpoint for the screenshots: HTTP " + status);
            }
            // "What changed" and the Outbox show alerts only after a check found something slipped: the same data
            // started
            // again two weeks later, whose start-up check raises and mails (through the real slip check, store and
            // mail) what slipped in between.
            try (PreviewServer later = PreviewServer.start(fresh.withToday(today.plusDays(LATER_DAYS)));
                    HeadlessChromium chromium = HeadlessChromium.start(1000, 4200)) {
                var driver = chromium.driver();
                driver.get(later.dashboardUrl().toString());
                String[] changes = {ITEMS[1][0], ".pk-promises-changes", "what-changed"};
                shoot(
                        driver,
                        changes,
                        By.cssSelector("#dashboard-item-" + changes[0] + " " + changes[1]),
                        folder.resolve(changes[2] + ".png"));
                driver.get(later.outboxUrl().toString());
                save(driver.findElement(By.className("pk-outbox-mail")), folder.resolve("outbox.png"));
                driver.get(later.adminPageUrl().toString());
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".pk-admin-alert-settings-form .pk-admin-alerts-next")));
                save(
                        driver.findElement(By.className("pk-admin-alert-settings-content")),
                        folder.resolve("alert-settings.png"));
                driver.get(later.dashboardUrl()
                        .resolve("plugins/servlet/promise-keeper/webhooks")
                        .toString());
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pk-webhooks-log")));
                save(driver.findElement(By.id("pk-webhooks")), folder.resolve("webhooks.png"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary database is harmless.
            }
        }
    }
}
