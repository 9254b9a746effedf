package io.github.promisekeeper.preview.gadgets;

import io.github.promisekeeper.preview.DemoPortfolio;
import io.github.promisekeeper.preview.PreviewInBrowser;
import io.github.promisekeeper.preview.PropertiesI18n;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What changed" on the preview's real alerts: the preview starts once two weeks before {@link #TODAY} (its slip
 * check records a baseline) and again on {@link #TODAY}, so that the real check, through the real Active Objects
 * store, raises what slipped in between on the unchanged demo data; the dashboard item and the Sales Commitment
 * panel then show those alerts as the REST resource answers them.
 */
class WhatChangedOnDemoDataBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate BASELINE = TODAY.minusDays(14);
    private static final PropertiesI18n TEXTS = new PropertiesI18n("i18n/promise-keeper.properties");

    @TempDir
    static Path data;

    private static PreviewInBrowser preview;
    private WebDriver driver;

    @BeforeAll
    static void startPreviewOnTheBaselineDayThenTodayAndTheBrowser() throws Exception {
        preview = PreviewInBrowser.startAfterBaseline(BASELINE, TODAY, data, 1200, 1000);
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
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");
        driver.navigate().refresh();
    }

    @Test
    void whatChangedShowsWhatTheRestartsCheckRaisedAndItsLinkLeadsByKeyboardToTheCommitmentsHistory() {
        wait(driver).until(d -> !d.findElements(By.cssSelector(".pk-change")).isEmpty());

        List<WebElement> rows = driver.findElements(By.cssSelector(".pk-change"));
        // Everything was raised by the check of the restart on TODAY: nothing at the baseline.
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".pk-change-date"))
                                .getText())
                        .isEqualTo(TODAY.toString()));
        WebElement changes = driver.findElement(By.cssSelector(".pk-promises-changes"));
        // Lozenges are upper case on screen; their text is as written.
        assertThat(changes.getAttribute("textContent"))
                .contains(TEXTS.getText("promise-keeper.promises.changes.summary", rows.size(), 7))
                .contains(TEXTS.getText("promise-keeper.alerts.kind.health-worsened"))
                .contains(TEXTS.getText("promise-keeper.alerts.kind.forecast-past-promise"))
                .contains(TEXTS.getText("promise-keeper.alerts.kind.notice-deadline-near"))
                // The demo customers whose names are markup are about as text, never as elements.
                .contains(DemoPortfolio.IMAGE_NAME)
                .doesNotContain("(resolved");
        assertThat(changes.findElements(By.cssSelector("script, img"))).isEmpty();
        WebElement link = driver.findElement(
                By.cssSelector(".pk-change[data-pk-kind='forecast-past-promise'] .pk-change-about a"));
        String key = link.getText();
        assertThat(link.getAttribute("href")).endsWith("/jira/browse/" + key);

        link.sendKeys(Keys.ENTER);

        WebElement history = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-issue-panel-history")));
        assertThat(history.findElement(By.tagName("h3")).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.panel.changes"));
        List<WebElement> items = history.findElements(By.cssSelector("li"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(2).allSatisfy(item -> {
            assertThat(item.getAttribute("data-pk-alert-state")).isEqualTo("open");
            assertThat(item.getText()).startsWith(TODAY.toString()).endsWith("(open)");
        });
        assertThat(history.getText())
                .contains(TEXTS.getText("promise-keeper.alerts.kind.forecast-past-promise"))
                // About its customer, not about this commitment: not in the commitment's history.
                .doesNotContain(TEXTS.getText("promise-keeper.alerts.kind.notice-deadline-near"));
    }

    @Test
    void aCommitmentWithoutAlertsSaysNoChangesAreRecorded() {
        wait(driver)
                .until(d -> !d.findElements(By.cssSelector(".pk-change")).isEmpty()
                        && !d.findElements(By.cssSelector(".pk-promise")).isEmpty());
        List<String> withAlerts = driver.findElements(By.cssSelector(".pk-change-about a")).stream()
                .map(WebElement::getText)
                .toList();
        String quiet = driver.findElements(By.cssSelector(".pk-promise a")).stream()
                .map(WebElement::getText)
                .filter(key -> !withAlerts.contains(key))
                .findFirst()
                .orElseThrow();

        driver.get(preview.dashboardUrl().resolve("browse/" + quiet).toString());

        WebElement history = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-issue-panel-history")));
        assertThat(history.getText()).contains(TEXTS.getText("promise-keeper.panel.no-changes"));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
