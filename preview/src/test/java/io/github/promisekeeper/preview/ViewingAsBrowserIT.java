package io.github.promisekeeper.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview's "Viewing as" switch in headless Chromium: the plugin's own permission checks follow the demo
 * user chosen in the header, so an ordinary user's radar holds no money while finance's does; and the plugin's
 * issue panels on the preview's browse pages.
 */
class ViewingAsBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String RADAR_JSON = "/rest/promise-keeper/1.0/radar?limit=200";
    /** An amount as the radar's JSON or the panels would show one: "amount", or digits with two decimals and a currency. */
    private static final Pattern AMOUNT = Pattern.compile("\"amount\"|\"value\\w*\"|\\d+\\.\\d{2} [A-Z]{3}");
    /** An amount as the dashboard shows one, formatted by the browser: "$197,000", "CHF 50,000", "50 000 €". */
    private static final Pattern PAGE_AMOUNT = Pattern.compile(
            "[$€£¥][\\s\\u00a0]?\\d|\\b(USD|EUR|GBP|JPY|CHF)[\\s\\u00a0]?\\d|\\d[\\s\\u00a0]?([€£¥]|\\b(USD|EUR|GBP|JPY|CHF)\\b)");

    @TempDir
    static Path data;

    private static PreviewInBrowser preview;

    @BeforeAll
    static void startPreviewAndBrowser() throws Exception {
        preview = PreviewInBrowser.start(TODAY, data, 1200, 900);
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void anOrdinaryUserChosenInTheHeaderSeesTheRadarPageAndTheRadarJsonWithoutAnyAmount() {
        WebDriver driver = viewAs("user");
        assertThat(new Select(driver.findElement(By.id("pk-preview-viewing-as")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("user");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Acme Corporation");
        assertThat(AMOUNT.matcher(page).find() || PAGE_AMOUNT.matcher(page).find())
                .as("radar page as an ordinary user: %s", page)
                .isFalse();

        String json = jsonAsSeenBy(driver);
        assertThat(json).contains("ACME_CORPORATION");
        assertThat(AMOUNT.matcher(json).find())
                .as("radar JSON as an ordinary user: %s", json)
                .isFalse();
    }

    @Test
    void theFinanceUserSeesAmountsOnTheRadarPageAndInTheRadarJson() {
        WebDriver driver = viewAs("finance");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(PAGE_AMOUNT.matcher(page).find())
                .as("radar page as finance: %s", page)
                .isTrue();
        assertThat(jsonAsSeenBy(driver)).contains("\"amount\"");
    }

    @Test
    void theCommitmentPanelShowsTheCommitmentsHealthWithItsReason() {
        WebDriver driver = viewAs("admin");
        driver.get(preview.dashboardUrl().resolve("browse/SALES-1").toString());
        String panel = driver.findElement(By.id("panel-commitment-panel")).getText();
        assertThat(panel).contains("Health: breaches renewal").contains("ROAD-1");
    }

    @Test
    void theEpicPanelShowsWhatRidesOnTheEpicAndTheCommitmentPanelOfEachOfItsPromisesShowsHealth() {
        WebDriver driver = viewAs("admin");
        driver.get(preview.dashboardUrl().resolve("browse/ROAD-4").toString());
        String epic = driver.findElement(By.id("panel-epic-promises-panel")).getText();
        assertThat(epic).contains("Promised to").contains("SALES-5");
        driver.get(preview.dashboardUrl().resolve("browse/SALES-5").toString());
        assertThat(driver.findElement(By.id("panel-commitment-panel")).getText())
                .contains("Health: at risk");
    }

    @Test
    void aTicketShowsItsCustomersPanelWithTheRenewal() {
        WebDriver driver = viewAs("admin");
        driver.get(preview.dashboardUrl().resolve("browse/SUP-1").toString());
        assertThat(driver.findElement(By.id("panel-customer-panel")).getText())
                .contains("Customer")
                .containsPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void anOrdinaryUserSeesTheCommitmentPanelWithoutValues() {
        WebDriver driver = viewAs("user");
        driver.get(preview.dashboardUrl().resolve("browse/SALES-1").toString());
        String panel = driver.findElement(By.id("panel-commitment-panel")).getText();
        assertThat(panel).contains("Health: breaches renewal").doesNotContain("Value");
        assertThat(AMOUNT.matcher(panel).find()).isFalse();
    }

    /** Opens the dashboard, picks {@code username} in the header's switch, waits for the radar to load as them. */
    private static WebDriver viewAs(String username) {
        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl().toString());
        driver.manage().deleteCookieNamed(ViewingAs.COOKIE);
        driver.navigate().refresh();
        Select select = new Select(driver.findElement(By.id("pk-preview-viewing-as")));
        if (!username.equals(select.getFirstSelectedOption().getDomAttribute("value"))) {
            select.selectByValue(username);
            wait(driver).until(d -> {
                Cookie cookie = d.manage().getCookieNamed(ViewingAs.COOKIE);
                return cookie != null
                        && cookie.getValue().equals(username)
                        && new Select(d.findElement(By.id("pk-preview-viewing-as")))
                                .getFirstSelectedOption()
                                .getDomAttribute("value")
                                .equals(username);
            });
        }
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pk-radar-table tbody tr")));
        return driver;
    }

    /** The radar JSON fetched by the page itself, so with the browser's cookie. */
    private static String jsonAsSeenBy(WebDriver driver) {
        driver.get(preview.dashboardUrl().resolve(RADAR_JSON.substring(1)).toString());
        return driver.findElement(By.tagName("body")).getText();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
