package io.github.promisekeeper.preview;

import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertFacts;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.DedupeKey;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Health;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page the plugin draws, in the preview on its demo data, in Jira's light and dark themes: each
 * dashboard item (every row expanded, then its configuration), each screen of the admin page and the issue
 * panels. Any serious or critical WCAG 2.1 A/AA violation fails, listed with its rule and elements ({@link Axe}).
 */
class AccessibilityBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Every dashboard item of the plugin, with the element that says its script has finished loading. */
    private static final List<DashboardItem> DASHBOARD_ITEMS = List.of(
            new DashboardItem("renewal-radar-dashboard-item", ".pk-radar[aria-busy='false']"),
            new DashboardItem("promises-at-risk-dashboard-item", ".pk-promises[aria-busy='false']"),
            new DashboardItem("promise-scorecard-dashboard-item", ".pk-scorecard[aria-busy='false']"));

    /** A Customer ticket, a Sales Commitment and an epic: each shows its own panel. */
    private static final List<String> ISSUES = List.of("SUP-12", "SALES-1", "ROAD-1");

    @TempDir
    static Path data;

    private static PreviewInBrowser preview;

    record DashboardItem(String key, String loaded) {
        @Override
        public String toString() {
            return key;
        }
    }

    enum Theme {
        LIGHT(""),
        DARK("?theme=dark");

        final String query;

        Theme(String query) {
            this.query = query;
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

    static Stream<Arguments> dashboardItemsInEachTheme() {
        return DASHBOARD_ITEMS.stream()
                .flatMap(item -> Stream.of(Theme.values()).map(theme -> Arguments.of(item, theme)));
    }

    static Stream<Arguments> issuesInEachTheme() {
        return ISSUES.stream().flatMap(issue -> Stream.of(Theme.values()).map(theme -> Arguments.of(issue, theme)));
    }

    @ParameterizedTest(name = "{0}, {1} theme")
    @MethodSource("dashboardItemsInEachTheme")
    void eachDashboardItemWithEveryRowExpandedAndItsConfigurationHasNoSeriousViolation(
            DashboardItem item, Theme theme) {
        WebDriver driver = openDashboard(theme);
        String selector = "#dashboard-item-" + item.key();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector + " " + item.loaded())));
        List<WebElement> closed = driver.findElements(By.cssSelector(selector + " button[aria-expanded='false']"));
        closed.forEach(WebElement::click);
        assertThat(driver.findElements(By.cssSelector(selector + " button[aria-expanded='false']")))
                .isEmpty();

        Axe.assertAccessible(driver, item.key() + " (" + closed.size() + " rows expanded)", "html");

        driver.findElement(By.cssSelector(selector + " .pk-preview-configure")).click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector + " form")));
        Axe.assertAccessible(driver, item.key() + ", its configuration", "html");
    }

    @ParameterizedTest(name = "{0} theme")
    @EnumSource(Theme.class)
    void eachScreenOfTheAdminPageHasNoSeriousViolation(Theme theme) {
        WebDriver driver = preview.driver();
        driver.get(preview.server().adminPageUrl() + theme.query);
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".pk-admin-customers-table tbody tr")));
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".pk-admin-settings-form [name=defaultDays]")));
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".pk-admin-mail-settings-form [name=digestDay]")));
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".pk-admin-alert-settings-form [name=checkAt]")));
        Axe.assertAccessible(
                driver, "the admin page: customers, import, settings, mail, slip alerts and backfill", "html");

        WebElement checkAt = driver.findElement(By.cssSelector(".pk-admin-alert-settings-form [name=checkAt]"));
        checkAt.clear();
        checkAt.sendKeys("25:00");
        driver.findElement(By.cssSelector(".pk-admin-alert-settings-save")).click();
        wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-alert-settings-form .pk-admin-field-error")));
        driver.findElement(By.cssSelector(".pk-admin-alerts-check")).click();
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        ".pk-admin-alerts-check-result[aria-busy='false'] .pk-admin-alerts-check-summary")));
        Axe.assertAccessible(
                driver, "the admin page, the slip alert settings with a field error and a check's result", "html");

        driver.findElement(By.cssSelector(".pk-admin-customer-history-toggle")).click();
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".pk-admin-history-list, .pk-admin-history-empty")));
        Axe.assertAccessible(driver, "the admin page, a customer's history", "html");

        driver.findElement(By.cssSelector(".pk-admin-customer-new")).click();
        WebElement form = driver.findElement(By.cssSelector(".pk-admin-customer-form"));
        Axe.assertAccessible(driver, "the admin page, the new customer form", "html");
        form.findElement(By.cssSelector(".pk-admin-customer-save")).click();
        wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-customer-form .pk-admin-field-error")));
        Axe.assertAccessible(driver, "the admin page, the customer form with the server's field errors", "html");

        WebElement paste = driver.findElement(By.cssSelector(".pk-admin-import-paste"));
        paste.sendKeys("customer_key,customer_name,crm_id,contract_id,renewal_date\nBAD,Broken,B-1,B-1,2027-13-01\n");
        driver.findElement(By.cssSelector(".pk-admin-import-check")).click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-admin-import-errors")));
        Axe.assertAccessible(driver, "the admin page, an import's errors", "html");
    }

    @ParameterizedTest(name = "{0} theme")
    @EnumSource(Theme.class)
    void theWebhooksScreenItsFormAndItsDeliveryLogHaveNoSeriousViolation(Theme theme) {
        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl().resolve("plugins/servlet/promise-keeper/webhooks") + theme.query);
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pk-webhooks-new")));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pk-webhooks-log")));
        Axe.assertAccessible(driver, "the webhooks screen and its delivery log", "html");

        driver.findElement(By.cssSelector(".pk-webhooks-new")).click();
        WebElement form = driver.findElement(By.cssSelector(".pk-webhooks-form"));
        form.findElement(By.name("url")).sendKeys("http://127.0.0.1:9/hook");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-webhooks-form .pk-admin-field-error")));
        Axe.assertAccessible(driver, "the webhooks screen, its form with the server's field errors", "html");
    }

    @ParameterizedTest(name = "{0} theme")
    @EnumSource(Theme.class)
    void theMailPreferencesPageHasNoSeriousViolation(Theme theme) {
        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl().resolve("plugins/servlet/promise-keeper/mail-preferences") + theme.query);
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("pk-mail-preferences-form")));
        Axe.assertAccessible(driver, "the mail preferences page", "html");
    }

    @Test
    void theOutboxWithAMailHasNoSeriousViolation() {
        PreviewApp app = preview.server().app();
        Commitment commitment = app.demoJira().commitments().get(0);
        Alert slip = Alert.raise(
                AlertKind.HEALTH_WORSENED,
                commitment.customer(),
                commitment.key(),
                AlertFacts.about("Outbox & Co")
                        .withCommitment(commitment.summary(), commitment.promisedDate())
                        .withHealth(Health.ON_TRACK, Health.AT_RISK),
                TODAY,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, commitment.key(), "AT_RISK", 1));
        app.alertListener().alertsStored(new AlertChanges(List.of(new StoredAlert(1, slip)), List.of()));

        WebDriver driver = preview.driver();
        driver.get(preview.server().outboxUrl().toString());
        assertThat(driver.findElements(By.className("pk-outbox-mail"))).isNotEmpty();
        Axe.assertAccessible(driver, "the Outbox with a mail", "html");
    }

    @ParameterizedTest(name = "{0}, {1} theme")
    @MethodSource("issuesInEachTheme")
    void theIssuePanelsHaveNoSeriousViolation(String issue, Theme theme) {
        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl().resolve("browse/" + issue) + theme.query);
        assertThat(driver.findElements(By.cssSelector(".pk-issue-panel")))
                .as("the panels of %s", issue)
                .isNotEmpty();

        Axe.assertAccessible(driver, "the panels of " + issue, "html");
    }

    @Test
    void theDarkThemeIsJirasDarkTokensAndEveryTextKeepsItsContrast() {
        WebDriver driver = openDashboard(Theme.DARK);
        for (DashboardItem item : DASHBOARD_ITEMS) {
            wait(driver)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#dashboard-item-" + item.key() + " " + item.loaded())));
        }
        driver.findElements(By.cssSelector("button[aria-expanded='false']")).forEach(WebElement::click);
        assertThat(script(driver, "return document.documentElement.getAttribute('data-color-mode');"))
                .isEqualTo("dark");
        assertThat(script(
                        driver,
                        "return getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim();"))
                .as("the dark theme's tokens are loaded")
                .isNotEqualTo("");
        assertThat(script(driver, "return getComputedStyle(document.querySelector('.pk-radar-table td')).color;"))
                .as("a table cell's text takes the dark theme's text colour, not the light fallback")
                .isNotEqualTo("rgb(23, 43, 77)");

        assertThat(Axe.violationsOf(driver, "html", "color-contrast")).isEmpty();
    }

    @Test
    void theCheckFailsOnAViolation() {
        WebDriver driver = openDashboard(Theme.LIGHT);
        wait(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        "#dashboard-item-" + DASHBOARD_ITEMS.get(0).key() + " "
                                + DASHBOARD_ITEMS.get(0).loaded())));
        script(
                driver,
                "var input = document.createElement('input'); input.type = 'text'; input.className = 'pk-unlabelled';"
                        + "document.querySelector('.pk-radar').appendChild(input);");

        assertThat(Axe.violations(driver, "html"))
                .singleElement()
                .asString()
                .startsWith("- label: Form elements must have labels")
                .contains("\n    input (critical)");
    }

    private static WebDriver openDashboard(Theme theme) {
        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl() + theme.query);
        script(driver, "window.localStorage.clear();");
        driver.navigate().refresh();
        return driver;
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static WebDriverWait wait(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
