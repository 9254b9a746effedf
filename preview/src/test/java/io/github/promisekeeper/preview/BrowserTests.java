package io.github.promisekeeper.preview;

import org.junit.jupiter.api.Assumptions;

/** Browser tests need Debian's Chromium and chromedriver: skipped without them, except in CI where that fails. */
public final class BrowserTests {

    private BrowserTests() {}

    public static void requireChromium() {
        HeadlessChromium.unavailable().ifPresent(reason -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "Browser tests: " + reason + "; CI=true, so a missing browser is a failure.");
            }
            String message = "Skipped browser tests: " + reason + ".";
            System.err.println(message);
            Assumptions.abort(message);
        });
    }
}
