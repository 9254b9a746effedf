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
        PreviewServer server = PreviewServer.start(options(today, data));
        try {
            return new PreviewInBrowser(server, HeadlessChromium.start(width, height));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /**
     * Starts the preview once for {@code baseline} and stops it (its slip check records the baseline and the demo data
     * is made for that day), then both for the later {@code today}: its check raises, through the real slip check and
     * store, what slipped in between, as a restart of the preview with a later {@code --today} does.
     */
    public static PreviewInBrowser startAfterBaseline(
            LocalDate baseline, LocalDate today, Path data, int width, int height) throws Exception {
        BrowserTests.requireChromium();
        try (PreviewServer first = PreviewServer.start(options(baseline, data))) {
            if (!first.slipCheck().raised().isEmpty()) {
                throw new IllegalStateException("The first start on " + data + " raised alerts: not a baseline");
            }
        }
        return start(today, data, width, height);
    }

    private static PreviewOptions options(LocalDate today, Path data) {
        return PreviewOptions.defaults(Map.of()).withPort(0).withToday(today).withDataFolder(data);
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
