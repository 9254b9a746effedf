package io.github.promisekeeper.preview;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes the screenshots of the documentation ({@code docs/screenshots/}) from a preview on fresh demo data,
 * in headless Chromium: {@code preview/run --screenshots docs/screenshots --today 2026-12-01}.
 */
final class Screenshots {

    private Screenshots() {}

    static void write(PreviewOptions options, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path data = Files.createTempDirectory("pk-preview-screenshots-");
        PreviewOptions fresh = options.withDataFolder(data).withPort(0);
        try (PreviewServer server = PreviewServer.start(fresh);
                HeadlessChromium chromium = HeadlessChromium.start(1000, 4200)) {
            var driver = chromium.driver();
            driver.get(server.dashboardUrl().toString());
            // Each dashboard item, once its script has finished loading (aria-busy false), whatever it then shows;
            // "What changed" of Promises at Risk also on its own.
            for (String[] item : new String[][] {
                {"renewal-radar-dashboard-item", ".pk-radar", "renewal-radar.png", ""},
                {"promises-at-risk-dashboard-item", ".pk-promises", "promises-at-risk.png", ""},
                {"promises-at-risk-dashboard-item", ".pk-promises-changes", "what-changed.png", ".pk-promises-changes"}
            }) {
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#dashboard-item-" + item[0] + " " + item[1] + "[aria-busy='false']")));
                Path target = folder.resolve(item[2]);
                By shown = item[3].isEmpty()
                        ? By.id("dashboard-item-" + item[0])
                        : By.cssSelector("#dashboard-item-" + item[0] + " " + item[3]);
                Files.copy(
                        driver.findElement(shown)
                                .getScreenshotAs(OutputType.FILE)
                                .toPath(),
                        target,
                        StandardCopyOption.REPLACE_EXISTING);
                System.out.println("Wrote " + target.toAbsolutePath().normalize());
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
