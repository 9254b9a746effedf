package io.github.promisekeeper.preview.gadgets;

import io.github.promisekeeper.preview.PreviewInBrowser;
import io.github.promisekeeper.preview.PropertiesI18n;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Promise Scorecard dashboard item against the preview's real {@code GET /scorecard} on the demo portfolio's
 * track record: figures, the SVG chart and its table, the value at risk only with the money right, its configuration
 * with the server's 400s, and its empty and error states.
 */
class ScorecardBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String ITEM = "promise-scorecard-dashboard-item";
    private static final String VIEWING_AS_COOKIE = "pk-preview-user";
    private static final String PREFERENCES = "promise-keeper-preview:preferences:" + ITEM;
    private static final PropertiesI18n TEXTS = new PropertiesI18n("i18n/promise-keeper.properties");
    /** Money as the gadgets format it ($1,234 / €1,234 / £1,234) or as JSON carries it. */
    private static final Pattern MONEY = Pattern.compile("[$€£¥]\\s?\\d|\"amount\"");

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
    void openDashboardAsAdministratorWithNoSavedPreferences() {
        driver = preview.driver();
        driver.get(preview.dashboardUrl().toString());
        driver.manage().deleteCookieNamed(VIEWING_AS_COOKIE);
        script("window.localStorage.clear();");
        driver.navigate().refresh();
    }

    @Test
    void showsTheOutcomesOfTheLastFourFullQuartersAsFiguresAnSvgChartAndTheSameNumbersAsATable() {
        waitForScorecard();

        assertThat(status()).matches("\\d+ promises due from 2025-10-01 to 2026-09-30: \\d+% kept on time");
        assertThat(item().findElements(By.cssSelector(".pk-scorecard-figure dt")))
                .extracting(WebElement::getText)
                .containsExactly(
                        TEXTS.getText("promise-keeper.scorecard.outcome.kept-on-time"),
                        TEXTS.getText("promise-keeper.scorecard.outcome.delivered-late"),
                        TEXTS.getText("promise-keeper.scorecard.outcome.breached"),
                        TEXTS.getText("promise-keeper.scorecard.outcome.open"),
                        TEXTS.getText("promise-keeper.scorecard.slip"),
                        TEXTS.getText("promise-keeper.scorecard.epics"));
        assertThat(item().findElement(By.cssSelector("[data-pk-figure='slip'] dd"))
                        .getText())
                .matches("[\\d.]+ days");
        assertThat(item().findElement(By.cssSelector("[data-pk-figure='epics'] dd"))
                        .getText())
                .matches("\\d+% \\(\\d+ of \\d+\\)");

        // The chart: SVG elements made in the SVG namespace, hidden from screen readers, one bar segment per count.
        WebElement chart = item().findElement(By.cssSelector("svg.pk-scorecard-outcomes-chart"));
        assertThat(chart.getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(script(
                        "return Array.from(arguments[0].querySelectorAll('rect')).every(function (r) {"
                                + " return r.namespaceURI === 'http://www.w3.org/2000/svg'; });",
                        chart))
                .isEqualTo(true);
        List<WebElement> rows = item().findElements(By.cssSelector(".pk-scorecard-outcomes-table tbody tr"));
        assertThat(rows)
                .extracting(row -> row.getAttribute("data-pk-quarter"))
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
        for (WebElement row : rows) {
            String quarter = row.getAttribute("data-pk-quarter");
            for (WebElement cell : row.findElements(By.cssSelector("td"))) {
                String outcome = cell.getAttribute("data-pk-outcome");
                List<WebElement> bars = chart.findElements(
                        By.cssSelector("rect[data-pk-quarter='" + quarter + "'][data-pk-outcome='" + outcome + "']"));
                String count = cell.getAttribute("textContent");
                if (count.equals("0")) {
                    assertThat(bars).as("%s %s", quarter, outcome).isEmpty();
                } else {
                    assertThat(bars).as("%s %s", quarter, outcome).singleElement();
                    assertThat(bars.getFirst().getAttribute("data-pk-count")).isEqualTo(count);
                }
            }
        }
        assertThat(item().findElements(By.cssSelector(".pk-scorecard-outcomes-table caption")))
                .singleElement();

        // The value at risk, for the administrator (money right), and the customers with the most broken promises.
        assertThat(item().findElements(By.cssSelector(".pk-scorecard-value-table tbody tr")))
                .isNotEmpty();
        assertThat(MONEY.matcher(item().getText()).find()).isTrue();
        assertThat(item().findElements(By.cssSelector(".pk-scorecard-customers tbody tr")))
                .isNotEmpty();
    }

    @Test
    void anOrdinaryUserSeesTheSameOutcomesWithoutTheValueAtRiskOrAnyAmount() {
        waitForScorecard();
        String asAdministrator = status();
        driver.manage().addCookie(new Cookie(VIEWING_AS_COOKIE, "user", "/"));
        driver.navigate().refresh();
        waitForScorecard();

        assertThat(status()).isEqualTo(asAdministrator);
        assertThat(item().findElements(By.cssSelector(".pk-scorecard-value-section")))
                .isEmpty();
        assertThat(MONEY.matcher(item().getText()).find())
                .as("scorecard as an ordinary user: %s", item().getText())
                .isFalse();
    }

    @Test
    void aPeriodTheServerRefusesShowsItsMessageAndAChosenPeriodIsSavedAndUsed() {
        waitForScorecard();
        item().findElement(By.cssSelector(".pk-preview-configure")).click();
        WebElement form = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-scorecard-config")));
        new Select(form.findElement(By.name("period"))).selectByValue("custom");
        setDate(form.findElement(By.name("from")), "2026-12-31");
        setDate(form.findElement(By.name("to")), "2026-01-01");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        wait(driver)
                .until(ExpectedConditions.textToBe(
                        By.cssSelector(".pk-scorecard-period-error"),
                        TEXTS.getText("promise-keeper.scorecard.error.order", "2026-12-31", "2026-01-01")));

        setDate(form.findElement(By.name("from")), "2026-01-01");
        setDate(form.findElement(By.name("to")), "2026-06-30");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        waitForScorecard();
        assertThat(status()).contains("from 2026-01-01 to 2026-06-30");
        assertThat(item().findElements(By.cssSelector(".pk-scorecard-outcomes-table tbody tr")))
                .extracting(row -> row.getAttribute("data-pk-quarter"))
                .containsExactly("2026-Q1", "2026-Q2");
        assertThat(script("return window.localStorage.getItem(arguments[0]);", PREFERENCES))
                .asString()
                .contains("\"period\":\"custom\",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"");
    }

    @Test
    void aPeriodWithNoPromiseSaysSoAndStillCountsTheOpenEpics() {
        script(
                "window.localStorage.setItem(arguments[0], arguments[1]);",
                PREFERENCES,
                "{\"period\":\"custom\",\"from\":\"2020-01-01\",\"to\":\"2020-12-31\"}");
        driver.navigate().refresh();
        waitForScorecard();

        assertThat(status()).isEqualTo(TEXTS.getText("promise-keeper.scorecard.empty", "2020-01-01", "2020-12-31"));
        assertThat(item().findElements(By.cssSelector("svg"))).isEmpty();
        assertThat(item().findElements(By.cssSelector("[data-pk-figure='epics']")))
                .singleElement();
    }

    @Test
    void aSavedScopeTheServerNowRefusesShowsTheErrorWithARetryButton() {
        script(
                "window.localStorage.setItem(arguments[0], arguments[1]);",
                PREFERENCES,
                "{\"scopeType\":\"jql\",\"scope\":\"assignee = currentUser()\"}");
        driver.navigate().refresh();
        waitForScorecard();

        assertThat(status())
                .startsWith(TEXTS.getText("promise-keeper.scorecard.error", ""))
                .contains("The preview understands only 'project = KEY'");
        assertThat(item().findElements(By.cssSelector(".pk-scorecard-retry"))).singleElement();
    }

    private WebElement item() {
        return driver.findElement(By.id("dashboard-item-" + ITEM));
    }

    private String status() {
        return item().findElement(By.cssSelector(".pk-scorecard-status")).getText();
    }

    private void setDate(WebElement input, String isoDate) {
        script("arguments[0].value = arguments[1];", input, isoDate);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private void waitForScorecard() {
        wait(driver)
                .until(d -> "false"
                        .equals(d.findElement(By.cssSelector("#dashboard-item-" + ITEM + " .pk-scorecard"))
                                .getAttribute("aria-busy")));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
