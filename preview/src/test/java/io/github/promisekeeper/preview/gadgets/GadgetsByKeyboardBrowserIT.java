package io.github.promisekeeper.preview.gadgets;

import io.github.promisekeeper.preview.PreviewInBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Both dashboard items used with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys), on the preview's demo
 * data: sorting the radar by a column, opening and closing a customer's row, and each item's configuration from
 * its first field to Save. Nothing is clicked; the keys go to whatever has the focus, as a person's would.
 */
class GadgetsByKeyboardBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String RADAR = "renewal-radar-dashboard-item";
    private static final String PROMISES = "promises-at-risk-dashboard-item";
    /** At most this many Tabs to reach an element: more means the keyboard cannot get there. */
    private static final int MAX_TABS = 120;

    @TempDir
    static Path data;

    private static PreviewInBrowser preview;
    private WebDriver driver;

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

    @BeforeEach
    void openDashboardWithNoSavedPreferences() {
        driver = preview.driver();
        driver.get(preview.dashboardUrl().toString());
        script("window.localStorage.clear();");
        driver.navigate().refresh();
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#dashboard-item-" + RADAR + " .pk-radar[aria-busy='false'] .pk-radar-row")));
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#dashboard-item-" + PROMISES + " .pk-promises[aria-busy='false']")));
    }

    @Test
    void sortsTheRadarByAColumnAndOpensACustomerWithKeysOnly() {
        tabUntil("e.matches(\"th[data-pk-column='customer'] button\")");

        press(Keys.ENTER);
        assertThat(ariaSort("customer")).isEqualTo("ascending");
        assertThat(ariaSort("risk")).isEqualTo("none");
        List<String> ascending = customerNames();
        assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());

        press(Keys.SPACE);
        assertThat(ariaSort("customer")).isEqualTo("descending");
        assertThat(customerNames()).isEqualTo(ascending.reversed());
        assertThat(activeElement("return e.closest('th') && e.closest('th').getAttribute('data-pk-column');"))
                .as("the focus stays on the header's button after sorting")
                .isEqualTo("customer");

        tabUntil("e.matches('.pk-radar-toggle')");
        String details = (String) activeElement("return e.getAttribute('aria-controls');");
        assertThat(activeElement("return e.getAttribute('aria-expanded');")).isEqualTo("false");

        press(Keys.ENTER);
        assertThat(activeElement("return e.getAttribute('aria-expanded');")).isEqualTo("true");
        assertThat(driver.findElement(By.id(details)).isDisplayed()).isTrue();
        press(Keys.TAB);
        assertThat(activeElement("return !!e.closest('#' + arguments[0]);", details))
                .as("the next Tab goes into the opened row's links")
                .isEqualTo(true);
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(activeElement("return e.getAttribute('aria-controls');"))
                .as("Shift+Tab goes back to the row's button")
                .isEqualTo(details);
        press(Keys.SPACE);
        assertThat(activeElement("return e.getAttribute('aria-expanded');")).isEqualTo("false");
        assertThat(driver.findElement(By.id(details)).isDisplayed()).isFalse();
    }

    @Test
    void configuresTheRadarWithKeysOnly() {
        tabUntil("e.matches('#dashboard-item-" + RADAR + " .pk-preview-configure')");
        press(Keys.ENTER);
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-radar-config")));

        press(Keys.TAB);
        assertThat(activeElement("return e.name;")).isEqualTo("window");
        press(Keys.ARROW_DOWN); // 90 days → 180 days
        press(Keys.TAB);
        assertThat(activeElement("return e.name;"))
                .as("the custom days field is hidden, so Tab skips it")
                .isEqualTo("basis");
        press(Keys.ARROW_DOWN); // renewal → notice deadline
        press(Keys.TAB);
        assertThat(activeElement("return e.name;")).isEqualTo("scopeType");
        press(Keys.ARROW_DOWN); // all → a project
        press(Keys.TAB);
        assertThat(activeElement("return e.name;")).isEqualTo("scope");
        press("ENG");
        press(Keys.TAB);
        assertThat(activeElement("return e.name;")).isEqualTo("rows");
        press(Keys.chord(Keys.CONTROL, "a"));
        press("5");
        press(Keys.ENTER); // submits the form from a field, as any form does

        wait(driver)
                .until(d -> script("return window.localStorage.getItem(arguments[0]);", preferences(RADAR)) != null);
        assertThat(script("return window.localStorage.getItem(arguments[0]);", preferences(RADAR)))
                .isEqualTo("{\"days\":\"180\",\"basis\":\"notice\",\"scopeType\":\"project\",\"scope\":\"ENG\","
                        + "\"rows\":\"5\",\"refresh\":\"0\"}");
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#dashboard-item-" + RADAR + " .pk-radar[aria-busy='false']")));
    }

    @Test
    void configuresPromisesAtRiskWithKeysOnly() {
        tabUntil("e.matches('#dashboard-item-" + PROMISES + " .pk-preview-configure')");
        press(Keys.ENTER);
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-promises-config")));

        press(Keys.TAB);
        assertThat(activeElement("return e.name;")).isEqualTo("customers");
        tabUntil("e.matches(\"input[value='on-track']\")");
        assertThat(activeElement("return e.checked;")).isEqualTo(true);
        press(Keys.SPACE);
        assertThat(activeElement("return e.checked;")).isEqualTo(false);
        tabUntil("e.matches('.pk-promises-config button[type=submit]')");
        press(Keys.ENTER);

        wait(driver)
                .until(d -> script("return window.localStorage.getItem(arguments[0]);", preferences(PROMISES)) != null);
        assertThat(script("return window.localStorage.getItem(arguments[0]);", preferences(PROMISES)))
                .isEqualTo("{\"customers\":\"\",\"healths\":\"breaches-renewal,overdue,at-risk,no-delivery-plan\"}");
    }

    private static String preferences(String item) {
        return "promise-keeper-preview:preferences:" + item;
    }

    /** Presses Tab until the focused element {@code e} matches {@code condition} (a JavaScript expression). */
    private void tabUntil(String condition) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(activeElement("return !!(" + condition + ");"))) {
                return;
            }
            press(Keys.TAB);
        }
        fail(
                "%d Tabs never reached an element where %s; the focus is on %s",
                MAX_TABS, condition, activeElement("return e.outerHTML;"));
    }

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Runs {@code body} with {@code e} the focused element. */
    private Object activeElement(String body, Object... arguments) {
        return script("var e = document.activeElement; " + body, arguments);
    }

    private String ariaSort(String column) {
        return driver.findElement(By.cssSelector("th[data-pk-column='" + column + "']"))
                .getDomAttribute("aria-sort");
    }

    private List<String> customerNames() {
        return driver.findElements(By.cssSelector(".pk-radar-row .pk-radar-customer > span")).stream()
                .map(cell -> cell.getText().toLowerCase(Locale.ROOT))
                .toList();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
