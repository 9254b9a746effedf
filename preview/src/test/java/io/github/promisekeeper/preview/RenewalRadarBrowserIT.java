package io.github.promisekeeper.preview;

import io.github.promisekeeper.core.customer.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Renewal Radar dashboard item in headless Chromium, on the preview: the plugin's real REST resource,
 * storage adapter (H2 through Active Objects), Velocity view and AMD modules, with a fixed today.
 */
class RenewalRadarBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String ITEM = "renewal-radar-dashboard-item";
    private static final PropertiesI18n TEXTS = new PropertiesI18n("i18n/promise-keeper.properties");

    @TempDir
    static Path data;

    private static PreviewServer server;
    private static HeadlessChromium chromium;
    private WebDriver driver;

    @BeforeAll
    static void startPreviewAndBrowser() throws Exception {
        BrowserTests.requireChromium();
        server = PreviewServer.start(PreviewOptions.defaults(java.util.Map.of()).withPort(0).withToday(TODAY).withDataFolder(data));
        chromium = HeadlessChromium.start(1200, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openDashboardWithNoSavedPreferences() {
        driver = chromium.driver();
        driver.get(server.dashboardUrl().toString());
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");
        driver.navigate().refresh();
    }

    @Test
    void listsTheDemoCustomersRenewingInTheDefaultWindowSoonestFirst() {
        waitForStatus(TEXTS.getText("promise-keeper.radar.summary", expectedNames(90).size(), 90));

        assertThat(columnTexts(0)).containsExactlyElementsOf(expectedNames(90));
        List<Integer> daysLeft = columnTexts(3).stream().map(Integer::valueOf).toList();
        assertThat(daysLeft).isSorted().allSatisfy(days -> assertThat(days).isBetween(0, 90));
        assertThat(driver.findElement(By.cssSelector(".pk-preview-loading")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".pk-radar-table th")))
                .extracting(WebElement::getText)
                .containsExactly(TEXTS.getText("promise-keeper.radar.column.customer"),
                        TEXTS.getText("promise-keeper.radar.column.renewal"),
                        TEXTS.getText("promise-keeper.radar.column.notice"),
                        TEXTS.getText("promise-keeper.radar.column.days"));
    }

    @Test
    void changingTheWindowInTheConfigurationChangesTheCustomersListedAndIsKept() {
        waitForStatus(TEXTS.getText("promise-keeper.radar.summary", expectedNames(90).size(), 90));

        configureWindow("30");

        waitForStatus(TEXTS.getText("promise-keeper.radar.summary", expectedNames(30).size(), 30));
        assertThat(columnTexts(0)).containsExactlyElementsOf(expectedNames(30)).hasSizeLessThan(expectedNames(90).size());

        driver.navigate().refresh();
        waitForStatus(TEXTS.getText("promise-keeper.radar.summary", expectedNames(30).size(), 30));
    }

    @Test
    void theConfigurationRefusesAWindowOutsideOneToTenYears() {
        configureWindow("0");

        assertThat(wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-radar-config .error"))).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.radar.config.invalid"));
    }

    @Test
    void showsCustomerNamesHoldingHtmlAsTextAndRunsNothing() {
        waitForStatus(TEXTS.getText("promise-keeper.radar.summary", expectedNames(90).size(), 90));

        assertThat(driver.findElement(By.cssSelector("tr[data-pk-customer='XSS_SCRIPT'] td")).getText())
                .isEqualTo(DemoPortfolio.SCRIPT_NAME);
        assertThat(driver.findElement(By.cssSelector("tr[data-pk-customer='XSS_IMAGE'] td")).getText())
                .isEqualTo(DemoPortfolio.IMAGE_NAME);
        assertThat(driver.findElements(By.cssSelector(".pk-radar img, .pk-radar script, img[src='x']"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void showsTheServersMessageWhenItRejectsTheWindowAndRetries() throws Exception {
        waitForStatus(TEXTS.getText("promise-keeper.radar.summary", expectedNames(90).size(), 90));

        // The form never sends a bad window; a server-side default out of range is the way one reaches the REST API.
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.pk-radar').setAttribute('data-pk-days', '5000');"
                        + "window.pkPreview.items[arguments[0]].render();", ITEM);

        String serverMessage = TEXTS.getText("promise-keeper.rest.error.days", "5000", 3650);
        waitForStatus(TEXTS.getText("promise-keeper.radar.error", serverMessage));
        assertThat(driver.findElement(By.cssSelector(".pk-radar-retry")).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.radar.retry"));
        assertThat(driver.findElements(By.cssSelector(".pk-radar-table"))).isEmpty();

        ((JavascriptExecutor) driver).executeScript("document.querySelector('.pk-radar').setAttribute('data-pk-days', '30');");
        driver.findElement(By.cssSelector(".pk-radar-retry")).click();
        waitForStatus(TEXTS.getText("promise-keeper.radar.summary", expectedNames(30).size(), 30));
        assertThat(columnTexts(0)).containsExactlyElementsOf(expectedNames(30));

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.dashboardUrl() + "rest/promise-keeper/1.0/renewals?days=5000")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"days\"");
    }

    @Test
    void formatsTheTextsInTheBrowserAsJavaMessageFormatDoes() {
        JavascriptExecutor browser = (JavascriptExecutor) driver;
        for (var text : TEXTS.patterns().entrySet()) {
            // A number where the pattern formats one, else text with a quote and markup.
            Object[] arguments = new Object[3];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = text.getValue().matches("(?s).*\\{" + i + "\\s*,\\s*number.*") ? (Object) 12345 : "it's <b>";
            }
            Object inBrowser = browser.executeScript("try { return window.pkPreviewFormat(arguments[0], arguments[1]); }"
                            + " catch (e) { return 'refused: ' + e.message; }",
                    text.getValue(), java.util.Arrays.asList(arguments));
            String inJava;
            try {
                inJava = TEXTS.getText(text.getKey(), java.util.Arrays.copyOf(arguments, 3, java.io.Serializable[].class));
            } catch (IllegalArgumentException refused) {
                inJava = "refused: " + refused.getMessage();
            }
            assertThat(inBrowser).as(text.getKey()).isEqualTo(inJava);
        }
    }

    private static List<String> expectedNames(int days) {
        LocalDate last = TODAY.plusDays(days);
        return DemoPortfolio.customers(PreviewOptions.DEFAULT_SEED, TODAY).stream()
                .filter(customer -> customer.nextRenewal().filter(date -> !date.isAfter(last)).isPresent())
                .sorted(Comparator.comparing((Customer customer) -> customer.nextRenewal().orElseThrow())
                        .thenComparing(Customer::key))
                .map(Customer::name)
                .toList();
    }

    private void configureWindow(String days) {
        driver.findElement(By.cssSelector("#dashboard-item-" + ITEM + " .pk-preview-configure")).click();
        WebElement input = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-radar-config input[name='days']")));
        input.clear();
        input.sendKeys(days);
        // The browser's own range check would stop the submit before the module's; submit as a script-driven click would.
        ((JavascriptExecutor) driver).executeScript("arguments[0].noValidate = true;", driver.findElement(By.cssSelector(".pk-radar-config")));
        driver.findElement(By.cssSelector(".pk-radar-config button[type='submit']")).click();
    }

    private void waitForStatus(String text) {
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector(".pk-radar-status"), text));
    }

    private List<String> columnTexts(int column) {
        return driver.findElements(By.cssSelector(".pk-radar-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getText())
                .toList();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
