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
import org.openqa.selenium.Keys;
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
 * Both dashboard gadgets against the preview's real REST resources on its demo portfolio and demo Jira
 * (tickets in projects SUP and ENG, Sales Commitments, epics): what the server answers, including a scope it
 * refuses and a viewer without the money right ("Viewing as" an ordinary user), reaches the page.
 */
class GadgetsOnDemoDataBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String RADAR = "renewal-radar-dashboard-item";
    private static final String VIEWING_AS_COOKIE = "pk-preview-user";
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
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");
        driver.navigate().refresh();
    }

    @Test
    void theRadarRanksTheDemoCustomersWithValueTicketsAndPromisesAndExpandsToLinks() {
        waitForRadarRows();

        String header = driver.findElement(By.cssSelector(".pk-radar-status")).getText();
        assertThat(header)
                .startsWith("Customers renewing in the next 90 days: ")
                .contains(", value $")
                .endsWith("promises at risk");
        assertThat(columns()).contains(TEXTS.getText("promise-keeper.radar.column.value"));
        List<String> risks = driver.findElements(By.cssSelector(".pk-radar-row .pk-risk")).stream()
                .map(risk -> risk.getAttribute("data-pk-risk"))
                .toList();
        assertThat(risks).isSortedAccordingTo((a, b) -> rank(b) - rank(a));

        WebElement toggle =
                driver.findElement(By.cssSelector("tr[data-pk-customer='ACME_CORPORATION'] .pk-radar-toggle"));
        toggle.sendKeys(Keys.SPACE);
        WebElement details = driver.findElement(By.id(toggle.getAttribute("aria-controls")));
        assertThat(details.findElements(By.cssSelector(".pk-radar-reasons li"))).isNotEmpty();
        assertThat(details.findElements(By.cssSelector(".pk-radar-tickets a")))
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link.getAttribute("href")).matches(".*/jira/browse/(SUP|ENG)-\\d+"));
        assertThat(details.findElements(By.cssSelector(".pk-radar-commitments a")))
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link.getAttribute("href")).matches(".*/jira/browse/SALES-\\d+"));
    }

    @Test
    void anOrdinaryUserSeesTheRadarWithoutTheValueColumnOrAnyAmount() {
        driver.manage().addCookie(new Cookie(VIEWING_AS_COOKIE, "user", "/"));
        driver.navigate().refresh();
        waitForRadarRows();

        assertThat(columns()).doesNotContain(TEXTS.getText("promise-keeper.radar.column.value"));
        assertThat(driver.findElements(By.cssSelector("[data-pk-column='value']")))
                .isEmpty();
        String header = driver.findElement(By.cssSelector(".pk-radar-status")).getText();
        assertThat(header)
                .startsWith("Customers renewing in the next 90 days: ")
                .doesNotContain("value");
        String radar = driver.findElement(By.id("dashboard-item-" + RADAR)).getText();
        assertThat(MONEY.matcher(radar).find())
                .as("radar as an ordinary user: %s", radar)
                .isFalse();
    }

    @Test
    void aScopeTheServerRefusesShowsItsMessageAndAProjectScopeIsSavedAndUsed() {
        waitForRadarRows();
        driver.findElement(By.cssSelector("#dashboard-item-" + RADAR + " .pk-preview-configure"))
                .click();
        WebElement form =
                wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-radar-config")));
        new Select(form.findElement(By.name("scopeType"))).selectByValue("jql");
        form.findElement(By.name("scope")).sendKeys("assignee = currentUser()");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        wait(driver)
                .until(ExpectedConditions.textMatches(
                        By.cssSelector(".pk-radar-scope-error"),
                        Pattern.compile("The preview understands only 'project = KEY'.*Demo projects: SUP, ENG\\.")));

        new Select(form.findElement(By.name("scopeType"))).selectByValue("project");
        form.findElement(By.name("scope")).clear();
        form.findElement(By.name("scope")).sendKeys("ENG");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        waitForRadarRows();
        assertThat(driver.findElements(By.cssSelector(".pk-radar-tickets a")))
                .allSatisfy(link -> assertThat(link.getAttribute("href")).contains("/browse/ENG-"));
        assertThat(((JavascriptExecutor) driver)
                        .executeScript(
                                "return window.localStorage.getItem(arguments[0]);",
                                "promise-keeper-preview:preferences:" + RADAR))
                .asString()
                .contains("\"scopeType\":\"project\",\"scope\":\"ENG\"");
    }

    @Test
    void promisesAtRiskGroupsTheDemoCommitmentsWorstFirstEachWithATimeline() {
        wait(driver)
                .until(d ->
                        !d.findElements(By.cssSelector(".pk-promises-group")).isEmpty());

        List<String> groups = driver.findElements(By.cssSelector(".pk-promises-group")).stream()
                .map(group -> group.getAttribute("data-pk-health"))
                .toList();
        List<String> worstFirst = List.of("breaches-renewal", "overdue", "at-risk", "no-delivery-plan", "on-track");
        assertThat(groups)
                .isSubsetOf(worstFirst)
                .isSortedAccordingTo((a, b) -> worstFirst.indexOf(a) - worstFirst.indexOf(b));
        assertThat(driver.findElements(By.cssSelector(".pk-promise")))
                .isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.findElement(By.cssSelector("a")).getAttribute("href"))
                            .matches(".*/jira/browse/SALES-\\d+");
                    assertThat(row.findElements(By.cssSelector(".pk-timeline-today")))
                            .hasSize(1);
                    assertThat(row.findElement(By.cssSelector(".pk-timeline-text"))
                                    .getAttribute("textContent"))
                            .contains(TEXTS.getText("promise-keeper.promises.timeline.today", TODAY.toString()));
                });
    }

    @Test
    void whatChangedShowsTheDemoAlertsNewestFirstAndItsLinkLeadsByKeyboardToTheCommitmentsHistory() {
        wait(driver).until(d -> !d.findElements(By.cssSelector(".pk-change")).isEmpty());

        List<WebElement> rows = driver.findElements(By.cssSelector(".pk-change"));
        List<String> dates = rows.stream()
                .map(row -> row.findElement(By.cssSelector(".pk-change-date")).getText())
                .toList();
        assertThat(dates)
                .isSortedAccordingTo((a, b) -> b.compareTo(a))
                .allSatisfy(date -> assertThat(date)
                        .isGreaterThanOrEqualTo(TODAY.minusDays(7).toString()));
        // Lozenges are upper case on screen; their text is as written.
        assertThat(driver.findElement(By.cssSelector(".pk-promises-changes")).getAttribute("textContent"))
                .contains(TEXTS.getText("promise-keeper.alerts.kind.health-worsened"))
                .contains(TEXTS.getText("promise-keeper.alerts.kind.forecast-past-promise"))
                .contains(TEXTS.getText("promise-keeper.alerts.kind.renewal-moved"))
                // The resolved worsening was raised 12 days ago: outside the week.
                .doesNotContain("(resolved");
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
        assertThat(items).hasSizeGreaterThanOrEqualTo(3);
        WebElement oldest = items.get(items.size() - 1);
        assertThat(items.get(0).getAttribute("data-pk-alert-state")).isEqualTo("open");
        assertThat(oldest.getAttribute("data-pk-alert-state")).isEqualTo("resolved");
        assertThat(oldest.getText())
                .startsWith(TODAY.minusDays(12).toString())
                .endsWith("(resolved " + TODAY.minusDays(6) + ")");
        assertThat(history.getText()).doesNotContain(TEXTS.getText("promise-keeper.alerts.kind.renewal-moved"));
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

    private static int rank(String risk) {
        return switch (risk) {
            case "high" -> 3;
            case "medium" -> 2;
            default -> 1;
        };
    }

    private void waitForRadarRows() {
        wait(driver)
                .until(d -> !d.findElements(By.cssSelector(".pk-radar-table tbody tr.pk-radar-row"))
                                .isEmpty()
                        && "false"
                                .equals(d.findElement(By.cssSelector(".pk-radar"))
                                        .getAttribute("aria-busy")));
    }

    private List<String> columns() {
        return driver.findElements(By.cssSelector(".pk-radar-table thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
