package io.github.promisekeeper.preview.gadgets;

import io.github.promisekeeper.preview.PreviewInBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Renewal Radar and Promises at Risk in a 400 px dashboard column (Jira's three-column layouts), in the light
 * and the dark theme, on the preview's demo data: the main table fits without horizontal scrolling, every row
 * expanded, and each fact keeps the name of its column. Screenshots for a person to look at go to
 * {@code target/gadget-screenshots/}.
 */
class GadgetsInANarrowColumnBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int COLUMN = 400;

    @TempDir
    static Path data;

    private static PreviewInBrowser preview;

    /** A dashboard item, the element that says it has loaded, and its main table's scrolling box. */
    record Item(String key, String loaded, String scroller, String table) {
        @Override
        public String toString() {
            return key;
        }
    }

    @BeforeAll
    static void startPreviewAndBrowser() throws Exception {
        preview = PreviewInBrowser.start(TODAY, data, 1200, 1000);
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    static Stream<Arguments> itemsInEachTheme() {
        List<Item> items = List.of(
                new Item(
                        "renewal-radar-dashboard-item",
                        ".pk-radar[aria-busy='false']",
                        ".pk-radar-content",
                        ".pk-radar-table"),
                new Item(
                        "promises-at-risk-dashboard-item",
                        ".pk-promises[aria-busy='false']",
                        ".pk-promises-scroll",
                        ".pk-promises-table"));
        return items.stream().flatMap(item -> Stream.of("light", "dark").map(theme -> Arguments.of(item, theme)));
    }

    @ParameterizedTest(name = "{0}, {1} theme")
    @MethodSource("itemsInEachTheme")
    void fitsA400PixelColumnWithoutScrollingSideways(Item item, String theme) {
        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl() + "?theme=" + theme);
        String selector = "#dashboard-item-" + item.key();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector + " " + item.loaded())));
        script(
                driver,
                "var item = document.querySelector(arguments[0]);"
                        + "item.style.boxSizing = 'border-box'; item.style.width = arguments[1] + 'px';",
                selector,
                COLUMN);
        driver.findElements(By.cssSelector(selector + " button[aria-expanded='false']"))
                .forEach(WebElement::click);

        @SuppressWarnings("unchecked")
        Map<String, Object> sizes = (Map<String, Object>) script(
                driver,
                "var item = document.querySelector(arguments[0]);"
                        + "var scroller = item.querySelector(arguments[1]);"
                        + "var table = item.querySelector(arguments[2]);"
                        + "return { item: item.getBoundingClientRect().width,"
                        + " scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth,"
                        + " table: table.getBoundingClientRect().width, rows: table.querySelectorAll('tbody tr').length,"
                        + " itemScrollWidth: item.scrollWidth, itemClientWidth: item.clientWidth };",
                selector,
                item.scroller(),
                item.table());
        assertThat(((Number) sizes.get("item")).intValue()).isEqualTo(COLUMN);
        assertThat(((Number) sizes.get("rows")).intValue()).isPositive();
        assertThat(((Number) sizes.get("scrollWidth")).intValue())
                .as("the main table's box scrolls sideways: %s", sizes)
                .isLessThanOrEqualTo(((Number) sizes.get("clientWidth")).intValue());
        assertThat(((Number) sizes.get("table")).doubleValue())
                .as("the table is no wider than its box: %s", sizes)
                .isLessThanOrEqualTo(((Number) sizes.get("clientWidth")).doubleValue());
        assertThat(((Number) sizes.get("itemScrollWidth")).intValue())
                .as("the item scrolls sideways: %s", sizes)
                .isLessThanOrEqualTo(((Number) sizes.get("itemClientWidth")).intValue());
        assertThat(script(
                        driver,
                        "var cell = document.querySelector(arguments[0] + ' td[data-pk-label]');"
                                + "return getComputedStyle(cell, '::before').content;",
                        selector))
                .as("a fact shows its column's name above it")
                .isNotIn("none", "normal", "");
        screenshot(driver, selector, item.key() + "-" + COLUMN + "-" + theme + ".png");
    }

    private static Object script(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static void screenshot(WebDriver driver, String selector, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "gadget-screenshots"));
            Files.copy(
                    driver.findElement(By.cssSelector(selector))
                            .getScreenshotAs(OutputType.FILE)
                            .toPath(),
                    folder.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
