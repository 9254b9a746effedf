package io.github.promisekeeper.preview;

import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The preview on a free loopback port with a fixed day and its own data folder, and a headless Chromium to
 * look at it: what every browser test starts once and closes at the end.
 */
public record PreviewInBrowser(PreviewServer server, HeadlessChromium chromium) implements AutoCloseable {

    /** Starts both, after {@link BrowserTests#requireChromium()} (skipped locally, failed in CI, without one). */
    public static PreviewInBrowser start(LocalDate today, Path data, int width, int height) throws Exception {
        BrowserTests.requireChromium();
        PreviewServer server = PreviewServer.start(
                PreviewOptions.defaults(Map.of()).withPort(0).withToday(today).withDataFolder(data));
        try {
            return new PreviewInBrowser(server, HeadlessChromium.start(width, height));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    public URI dashboardUrl() {
        return server.dashboardUrl();
    }

    public ChromeDriver driver() {
        return chromium.driver();
    }

    @Override
    public void close() {
        chromium.close();
        server.close();
    }
}
