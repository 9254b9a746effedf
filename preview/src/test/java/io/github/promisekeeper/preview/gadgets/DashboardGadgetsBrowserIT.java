package io.github.promisekeeper.preview.gadgets;

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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Renewal Radar and Promises at Risk dashboard items in headless Chromium, on the preview: the plugin's
 * real Velocity views and AMD modules, given exact answers. Each test answers {@code GET /radar}
 * and {@code /commitments} in the page, through a jQuery transport, with JSON shaped as
 * docs/rest-api.md documents it (test resources {@code gadgets/*.json}), so that it can pin what the demo data
 * does not hold: a partial answer, a total missing a rate, hostile text in every field, a server error. Everything
 * from the request the module sends to the DOM it builds is real; {@link GadgetsOnDemoDataBrowserIT} runs the
 * same gadgets against the preview's real REST resources.
 */
class DashboardGadgetsBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String RADAR = "renewal-radar-dashboard-item";
    private static final String PROMISES = "promises-at-risk-dashboard-item";
    private static final PropertiesI18n TEXTS = new PropertiesI18n("i18n/promise-keeper.properties");

    /** Installs (once) a transport answering REST paths from window.pkFixtures; every URL asked is kept in window.pkRequests. */
    private static final String FIXTURES = """
            window.pkFixtures = arguments[0];
            window.pkRequests = [];
            if (!window.pkFixtureTransport) {
                window.pkFixtureTransport = true;
                jQuery.ajaxTransport('+*', function (options) {
                    var match = /\\/rest\\/promise-keeper\\/1\\.0(\\/[^?]*)/.exec(options.url);
                    if (!match) { return undefined; }
                    var url = decodeURIComponent(options.url.replace(/\\+/g, ' '));
                    var fixture = window.pkFixtures.filter(function (f) {
                        return f.path === match[1] && url.indexOf(f.contains || '') >= 0; })[0];
                    if (!fixture) { return undefined; }
                    var timer;
                    return {
                        send: function (headers, complete) {
                            window.pkRequests.push(url);
                            timer = setTimeout(function () {
                                complete(fixture.status, fixture.status === 200 ? 'OK' : 'Error', { text: fixture.body });
                            }, 10);
                        },
                        abort: function () { clearTimeout(timer); }
                    };
                });
            }
            """;

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
        wait(driver).until(d -> script("return !!(window.pkPreview && window.pkPreview.items[arguments[0]]);", RADAR));
    }

    // Renewal Radar

    @Test
    void ranksCustomersByRiskWithTheHeaderSummaryAndSaysWhatIsPartial() {
        answer(radar(json("radar.json")));

        waitForStatus(".pk-radar-status", TEXTS.getText("promise-keeper.radar.header.money", 90, 4, "$560,000", 1));
        assertThat(headers())
                .containsExactly(
                        text("promise-keeper.radar.column.risk"),
                        text("promise-keeper.radar.column.customer"),
                        text("promise-keeper.radar.column.renewal"),
                        text("promise-keeper.radar.column.notice"),
                        text("promise-keeper.radar.column.value"),
                        text("promise-keeper.radar.column.tickets"),
                        text("promise-keeper.radar.column.commitments"));
        assertThat(rowKeys()).containsExactly("XSS", "GLOBEX", "INITECH");
        assertThat(textContent("tr[data-pk-customer='XSS'] .pk-risk"))
                .isEqualTo(text("promise-keeper.gadget.risk.high"));
        assertThat(textContent("tr[data-pk-customer='INITECH'] .pk-risk"))
                .isEqualTo(text("promise-keeper.gadget.risk.low"));
        assertThat(cell("XSS", "renewal"))
                .isEqualTo("2027-01-15\n" + TEXTS.getText("promise-keeper.gadget.days-left", 45));
        assertThat(cell("XSS", "notice"))
                .isEqualTo("2026-12-11\n" + TEXTS.getText("promise-keeper.gadget.days-left", 10));
        assertThat(cell("XSS", "value")).isEqualTo("$500,000");
        assertThat(cell("GLOBEX", "value")).isEqualTo("€48,000");
        assertThat(cell("XSS", "tickets")).isEqualTo("1 blocker, 3 high");
        assertThat(cell("GLOBEX", "tickets")).isEqualTo(text("promise-keeper.gadget.none"));
        assertThat(textContent("tr[data-pk-customer='XSS'] [data-pk-column='commitments']")
                        .strip())
                .isEqualTo("1 At risk 1 On track");
        assertThat(driver.findElement(By.cssSelector("th[data-pk-column='risk']"))
                        .getAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(driver.findElement(By.cssSelector(".pk-radar-shown")).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.radar.shown", 3));
        assertThat(driver.findElements(By.cssSelector(".pk-radar-partial p")))
                .extracting(WebElement::getText)
                .containsExactly(
                        text("promise-keeper.radar.partial.truncated"),
                        TEXTS.getText("promise-keeper.radar.partial.rates", "GBP"));
        assertThat(lastRequest())
                .contains("/radar?")
                .contains("days=90")
                .contains("basis=renewal")
                .contains("limit=20")
                .doesNotContain("scope=");
        screenshot(RADAR);
    }

    @Test
    void expandsACustomerWithTheKeyboardToItsReasonsTicketsAndPromises() {
        answer(radar(json("radar.json")));
        waitForRows(3);
        WebElement toggle = driver.findElement(By.cssSelector("tr[data-pk-customer='XSS'] .pk-radar-toggle"));
        WebElement details = driver.findElement(By.id(toggle.getAttribute("aria-controls")));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(details.isDisplayed()).isFalse();

        toggle.sendKeys(Keys.ENTER);

        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(details.isDisplayed()).isTrue();
        assertThat(details.findElements(By.cssSelector(".pk-radar-reasons li")))
                .extracting(WebElement::getText)
                .containsExactly("notice deadline in 10 days", "<b>1 blocker</b> ticket open", "SSO at risk");
        WebElement ticket = details.findElement(By.cssSelector("li[data-pk-ticket='SUP-1'] a"));
        assertThat(ticket.getAttribute("href")).endsWith("/jira/browse/SUP-1");
        assertThat(details.findElement(By.cssSelector("li[data-pk-ticket='SUP-1'] .pk-radar-ticket-summary"))
                        .getText())
                .isEqualTo("<img src=x onerror=alert(2)>");
        assertThat(details.findElements(By.cssSelector(".pk-radar-tickets > li"))
                        .get(2)
                        .getText())
                .isEqualTo(TEXTS.getText("promise-keeper.radar.tickets.more", 2));
        WebElement promise = details.findElement(By.cssSelector("li[data-pk-commitment='SC-1']"));
        assertThat(promise.findElement(By.cssSelector("a")).getAttribute("href"))
                .endsWith("/jira/browse/SC-1");
        assertThat(promise.findElement(By.cssSelector(".pk-health")).getAttribute("textContent"))
                .isEqualTo(text("promise-keeper.gadget.health.at-risk"));
        assertThat(promise.findElement(By.cssSelector(".pk-radar-promised")).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.radar.promised", "2027-01-10"));
        assertThat(promise.findElement(By.cssSelector(".pk-radar-forecast")).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.radar.forecast", "2027-01-20"));

        toggle.sendKeys(Keys.SPACE);

        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(details.isDisplayed()).isFalse();
    }

    @Test
    void sortsByAnyColumnWithClickOrEnterAndSaysTheOrder() {
        answer(radar(json("radar.json")));
        waitForRows(3);

        sortButton("customer").click();
        assertThat(rowKeys()).containsExactly("XSS", "GLOBEX", "INITECH"); // "<script…" sorts before letters
        assertThat(ariaSort("customer")).isEqualTo("ascending");
        assertThat(ariaSort("risk")).isEqualTo("none");

        sortButton("customer").sendKeys(Keys.ENTER);
        assertThat(rowKeys()).containsExactly("INITECH", "GLOBEX", "XSS");
        assertThat(ariaSort("customer")).isEqualTo("descending");

        sortButton("renewal").sendKeys(Keys.ENTER);
        assertThat(rowKeys()).containsExactly("INITECH", "XSS", "GLOBEX");
        assertThat(ariaSort("renewal")).isEqualTo("ascending");

        sortButton("tickets").click();
        assertThat(rowKeys()).containsExactly("XSS", "INITECH", "GLOBEX");

        sortButton("risk").click();
        assertThat(rowKeys()).containsExactly("XSS", "GLOBEX", "INITECH");
        assertThat(ariaSort("risk")).isEqualTo("descending");
    }

    @Test
    void leavesTheValueColumnOutWhenTheAnswerHasNoMoney() {
        String withoutMoney = json("radar.json")
                .replaceAll("\"totalValue\":\\{[^}]*\\},", "")
                .replaceAll("\"value\":\\{[^}]*\\},", "");
        assertThat(withoutMoney).doesNotContain("amount");
        answer(radar(withoutMoney));

        waitForStatus(".pk-radar-status", TEXTS.getText("promise-keeper.radar.header", 90, 4, 1));
        assertThat(headers())
                .doesNotContain(text("promise-keeper.radar.column.value"))
                .hasSize(6);
        assertThat(driver.findElements(By.cssSelector("[data-pk-column='value']")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector(".pk-radar-partial p")))
                .extracting(WebElement::getText)
                .containsExactly(text("promise-keeper.radar.partial.truncated"));
    }

    @Test
    void saysSoWhenNoCustomerRenewsInTheWindow() {
        answer(radar("{\"today\":\"2026-12-01\",\"days\":90,\"basis\":\"renewal\",\"scope\":\"\",\"truncated\":false,"
                + "\"total\":0,\"customers\":[]}"));

        waitForStatus(".pk-radar-status", TEXTS.getText("promise-keeper.radar.empty", 90));
        assertThat(driver.findElements(By.cssSelector(".pk-radar-table"))).isEmpty();
    }

    @Test
    void showsTheServersMessageOnErrorAndRetries() {
        String message = "Settings <b>unreadable</b>; try later.";
        answer(List.of(fixture("/radar", "", 500, "{\"errors\":[{\"message\":\"" + message + "\"}]}")));

        waitForStatus(".pk-radar-status", TEXTS.getText("promise-keeper.radar.error", message));
        assertThat(driver.findElements(By.cssSelector(".pk-radar-table"))).isEmpty();

        setFixtures(radar(json("radar.json")));
        driver.findElement(By.cssSelector(".pk-radar-retry")).click();
        waitForRows(3);
    }

    @Test
    void theConfigurationChoosesWindowBasisScopeRowsAndRefreshAndIsKept() {
        answer(radar(json("radar.json")));
        waitForRows(3);

        openConfiguration(RADAR);
        new Select(field("window")).selectByValue("custom");
        field("days").clear();
        field("days").sendKeys("45");
        new Select(field("basis")).selectByValue("notice");
        new Select(field("scopeType")).selectByValue("project");
        field("scope").sendKeys("SUP");
        field("rows").clear();
        field("rows").sendKeys("5");
        new Select(field("refresh")).selectByValue("15");
        driver.findElement(By.cssSelector(".pk-radar-config button[type='submit']"))
                .click();

        waitForRows(3);
        assertThat(requests())
                .anySatisfy(url ->
                        assertThat(url).contains("scope=project = \"SUP\"").contains("limit=1"));
        assertThat(lastRequest())
                .contains("days=45")
                .contains("basis=notice")
                .contains("limit=5")
                .contains("scope=project = \"SUP\"");
        assertThat(script(
                        "return window.localStorage.getItem(arguments[0]);",
                        "promise-keeper-preview:preferences:" + RADAR))
                .isEqualTo(
                        "{\"days\":\"45\",\"basis\":\"notice\",\"scopeType\":\"project\",\"scope\":\"SUP\",\"rows\":\"5\",\"refresh\":\"15\"}");

        driver.navigate().refresh();
        openConfiguration(RADAR);
        assertThat(new Select(field("window")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("custom");
        assertThat(field("days").getAttribute("value")).isEqualTo("45");
        assertThat(new Select(field("basis")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("notice");
        assertThat(field("scope").getAttribute("value")).isEqualTo("SUP");
        assertThat(field("rows").getAttribute("value")).isEqualTo("5");
        assertThat(new Select(field("refresh")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("15");
    }

    @Test
    void refreshesItselfAtTheConfiguredIntervalAndNeverWithoutOne() {
        // Timers of a minute or more are kept instead of started, so the test can see and fire them.
        script("window.pkLongTimers = []; var start = window.setTimeout;"
                + "window.setTimeout = function (run, ms) { if (ms >= 60000) { window.pkLongTimers.push({ run: run, ms: ms }); return 0; }"
                + " return start.apply(window, arguments); };");
        answer(radar(json("radar.json")));
        waitForRows(3);
        assertThat(script("return window.pkLongTimers.length;")).isEqualTo(0L);

        script(
                "window.localStorage.setItem(arguments[0], JSON.stringify({ refresh: '30' }));"
                        + "window.pkPreview.items[arguments[1]].render();",
                "promise-keeper-preview:preferences:" + RADAR,
                RADAR);
        wait(driver).until(d -> Long.valueOf(1).equals(script("return window.pkLongTimers.length;")));
        assertThat(script("return window.pkLongTimers[0].ms;")).isEqualTo(30L * 60 * 1000);
        int asked = requests().size();

        script("window.pkLongTimers[0].run();");

        wait(driver).until(d -> requests().size() == asked + 1);
        assertThat(lastRequest()).contains("/radar?");
        waitForRows(3);
    }

    @Test
    void aRadarRemovedFromTheDashboardStopsRefreshing() {
        script("window.pkLongTimers = []; var start = window.setTimeout;"
                + "window.setTimeout = function (run, ms) { if (ms >= 60000) { window.pkLongTimers.push({ run: run, ms: ms }); return 0; }"
                + " return start.apply(window, arguments); };");
        answer(radar(json("radar.json")));
        waitForRows(3);
        script(
                "window.localStorage.setItem(arguments[0], JSON.stringify({ refresh: '15' }));"
                        + "window.pkPreview.items[arguments[1]].render();",
                "promise-keeper-preview:preferences:" + RADAR,
                RADAR);
        wait(driver).until(d -> Long.valueOf(1).equals(script("return window.pkLongTimers.length;")));
        int asked = requests().size();

        // Jira takes a removed item's element out of the page; its timer then fires once more.
        script("document.getElementById(arguments[0]).remove();", "dashboard-item-" + RADAR);
        script("window.pkLongTimers[0].run();");

        assertThat(requests()).as("requests after the item was removed").hasSize(asked);
        assertThat(script("return window.pkLongTimers.length;"))
                .as("timers armed after the item was removed")
                .isEqualTo(1L);
    }

    @Test
    void theRadarsExportLinkPointsAtTheCsvOfTheItemsCurrentConfiguration() {
        answer(radar(json("radar.json")));
        waitForRows(3);

        WebElement link = exportLink(RADAR);
        assertThat(link.getTagName()).isEqualTo("a");
        assertThat(link.getText()).isEqualTo(text("promise-keeper.gadget.export-csv"));
        assertThat(link.getAttribute("title")).isEqualTo(text("promise-keeper.radar.export-csv.label"));
        assertThat(link.getDomAttribute("download")).isNotNull();
        assertThat(script("arguments[0].focus(); return document.activeElement === arguments[0];", link))
                .as("reached with the keyboard")
                .isEqualTo(true);
        assertThat(decoded(link.getAttribute("href")))
                .endsWith("/jira/rest/promise-keeper/1.0/radar.csv?days=90&basis=renewal&limit=20");

        script(
                "window.localStorage.setItem(arguments[0], JSON.stringify({ days: '30', basis: 'notice',"
                        + " scopeType: 'project', scope: 'ENG', rows: '5' }));"
                        + "window.pkPreview.items[arguments[1]].render();",
                "promise-keeper-preview:preferences:" + RADAR,
                RADAR);
        wait(driver).until(d -> exportHref(RADAR).contains("days=30"));

        assertThat(exportHref(RADAR))
                .endsWith(
                        "/jira/rest/promise-keeper/1.0/radar.csv?days=30&basis=notice&limit=5&scope=project = \"ENG\"");
        assertThat(lastRequest()).contains("/radar?days=30&basis=notice&limit=5&scope=project = \"ENG\"");
    }

    @Test
    void thePromisesExportLinkPointsAtTheCsvOfTheItemsCustomersAndHealths() {
        answer(promises());
        waitForStatus(".pk-promises-status", TEXTS.getText("promise-keeper.promises.summary", 4, 2));

        WebElement link = exportLink(PROMISES);
        assertThat(link.getText()).isEqualTo(text("promise-keeper.gadget.export-csv"));
        assertThat(link.getAttribute("title")).isEqualTo(text("promise-keeper.promises.export-csv.label"));
        assertThat(decoded(link.getAttribute("href")))
                .endsWith("/jira/rest/promise-keeper/1.0/commitments.csv"
                        + "?health=breaches-renewal,overdue,at-risk,no-delivery-plan,on-track&limit=500");

        script(
                "window.localStorage.setItem(arguments[0], JSON.stringify({ customers: 'GLOBEX,ACME', healths: 'at-risk' }));"
                        + "window.pkPreview.items[arguments[1]].render();",
                "promise-keeper-preview:preferences:" + PROMISES,
                PROMISES);
        wait(driver).until(d -> exportHref(PROMISES).contains("customer="));

        assertThat(exportHref(PROMISES))
                .endsWith(
                        "/jira/rest/promise-keeper/1.0/commitments.csv?customer=GLOBEX,ACME&health=at-risk&limit=500");
    }

    @Test
    void theConfigurationShowsTheServersMessageForAScopeJiraRefusesAndKeepsTheOldOne() {
        String jiraMessage = "Error in the JQL Query: The character '<' is a reserved JQL character.";
        List<Map<String, Object>> fixtures = new ArrayList<>();
        fixtures.add(fixture(
                "/radar", "scope=", 400, "{\"errors\":[{\"field\":\"scope\",\"message\":\"" + jiraMessage + "\"}]}"));
        fixtures.addAll(radar(json("radar.json")));
        answer(fixtures);
        waitForRows(3);

        openConfiguration(RADAR);
        new Select(field("scopeType")).selectByValue("jql");
        field("scope").sendKeys("priority < <img>");
        driver.findElement(By.cssSelector(".pk-radar-config button[type='submit']"))
                .click();

        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector(".pk-radar-scope-error"), jiraMessage));
        assertThat(script(
                        "return window.localStorage.getItem(arguments[0]);",
                        "promise-keeper-preview:preferences:" + RADAR))
                .isNull();
        assertThat(driver.findElements(By.cssSelector(".pk-radar-config img"))).isEmpty();
    }

    @Test
    void theConfigurationRefusesAWindowOrRowCountOutOfRange() {
        openConfiguration(RADAR);
        new Select(field("window")).selectByValue("custom");
        field("days").clear();
        field("days").sendKeys("0");
        field("rows").clear();
        field("rows").sendKeys("500");
        driver.findElement(By.cssSelector(".pk-radar-config button[type='submit']"))
                .click();

        assertThat(driver.findElements(By.cssSelector(".pk-radar-config .error")))
                .extracting(WebElement::getText)
                .contains(
                        text("promise-keeper.radar.config.invalid"), text("promise-keeper.radar.config.rows.invalid"));
        assertThat(script(
                        "return window.localStorage.getItem(arguments[0]);",
                        "promise-keeper-preview:preferences:" + RADAR))
                .isNull();
    }

    @Test
    void showsHostileTextAsTextAndRunsNothing() {
        answer(radar(json("radar.json")));
        waitForRows(3);
        driver.findElement(By.cssSelector("tr[data-pk-customer='XSS'] .pk-radar-toggle"))
                .click();

        assertThat(cell("XSS", "customer")).isEqualTo("<script>alert(1)</script> Corp");
        assertThat(driver.findElements(By.cssSelector(".pk-radar img, .pk-radar script, .pk-radar b, img[src='x']")))
                .isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    // Promises at Risk

    @Test
    void groupsPromisesByHealthWorstFirstWithTheirDatesAndATimeline() {
        answer(promises());

        waitForStatus(".pk-promises-status", TEXTS.getText("promise-keeper.promises.summary", 4, 2));
        assertThat(driver.findElements(By.cssSelector(".pk-promises-group")))
                .extracting(group -> group.getAttribute("data-pk-health"))
                .containsExactly("breaches-renewal", "at-risk", "no-delivery-plan", "on-track");
        assertThat(textContent(".pk-promises-group[data-pk-health='breaches-renewal'] .pk-promises-group-title"))
                .isEqualTo(TEXTS.getText(
                        "promise-keeper.promises.group", text("promise-keeper.gadget.health.breaches-renewal"), 1));
        WebElement late = driver.findElement(By.cssSelector("tr[data-pk-commitment='SC-9']"));
        assertThat(late.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/jira/browse/SC-9");
        assertThat(late.findElement(By.cssSelector(".pk-promise-customer")).getText())
                .isEqualTo("Globex");
        assertThat(late.findElement(By.cssSelector(".pk-promise-promised")).getText())
                .isEqualTo("2026-11-20");
        assertThat(late.findElement(By.cssSelector(".pk-promise-forecast")).getText())
                .isEqualTo("2027-01-15");
        assertThat(late.findElement(By.cssSelector(".pk-promise-notice")).getText())
                .isEqualTo("2027-01-02");
        assertThat(late.findElements(By.cssSelector(".pk-timeline-mark")))
                .extracting(mark -> mark.getAttribute("data-pk-mark"))
                .containsExactly("promised", "today", "notice", "forecast");
        assertThat(late.findElement(By.cssSelector(".pk-timeline-text")).getAttribute("textContent"))
                .isEqualTo(String.join(
                        ", ",
                        TEXTS.getText("promise-keeper.promises.timeline.promised", "2026-11-20"),
                        TEXTS.getText("promise-keeper.promises.timeline.today", "2026-12-01"),
                        TEXTS.getText("promise-keeper.promises.timeline.notice", "2027-01-02"),
                        TEXTS.getText("promise-keeper.promises.timeline.forecast", "2027-01-15")));
        assertThat(driver.findElement(By.cssSelector("tr[data-pk-commitment='SC-4'] .pk-promise-forecast"))
                        .getText())
                .isEqualTo(text("promise-keeper.gadget.no-forecast"));
        assertThat(driver.findElement(By.cssSelector("tr[data-pk-commitment='SC-1'] .pk-promise-summary"))
                        .getText())
                .isEqualTo("SC-1 <img src=x onerror=alert(3)>");
        assertThat(driver.findElements(By.cssSelector(".pk-promises img, .pk-promises script")))
                .isEmpty();
        // One request for every customer's promises, which names their customers too: no paging through /customers.
        assertThat(requests())
                .filteredOn(url -> url.contains("/rest/promise-keeper/1.0/c"))
                .singleElement()
                .satisfies(url -> assertThat(url)
                        .contains("/commitments?health=breaches-renewal,overdue,at-risk,no-delivery-plan,on-track")
                        .contains("limit=500")
                        .doesNotContain("customer="));
        screenshot(PROMISES);
    }

    @Test
    void theConfigurationChoosesCustomersAndHealthsAndIsKept() {
        answer(promises());
        waitForStatus(".pk-promises-status", TEXTS.getText("promise-keeper.promises.summary", 4, 2));

        openConfiguration(PROMISES);
        driver.findElement(By.cssSelector(".pk-promises-config input[name='customers']"))
                .sendKeys("globex");
        driver.findElement(By.cssSelector(".pk-promises-config label[for$='-on-track']"))
                .click();
        driver.findElement(By.cssSelector(".pk-promises-config button[type='submit']"))
                .click();

        wait(driver)
                .until(d -> d.findElements(By.cssSelector(".pk-promises-group")).size() == 3);
        assertThat(lastRequest())
                .contains("/commitments?customer=GLOBEX&health=breaches-renewal,overdue,at-risk,no-delivery-plan");
        assertThat(driver.findElements(By.cssSelector(".pk-promises-group[data-pk-health='on-track']")))
                .isEmpty();
        assertThat(script(
                        "return window.localStorage.getItem(arguments[0]);",
                        "promise-keeper-preview:preferences:" + PROMISES))
                .isEqualTo(
                        "{\"customers\":\"GLOBEX\",\"healths\":\"breaches-renewal,overdue,at-risk,no-delivery-plan\"}");
    }

    @Test
    void theConfigurationRefusesMoreCustomersThanTheExportLinkCanNameAndKeepsTheOldChoice() {
        answer(promises());
        waitForStatus(".pk-promises-status", TEXTS.getText("promise-keeper.promises.summary", 4, 2));
        int before = requests().size();
        String keys = IntStream.rangeClosed(1, 201).mapToObj(i -> "C" + i).collect(Collectors.joining(","));

        openConfiguration(PROMISES);
        driver.findElement(By.cssSelector(".pk-promises-config input[name='customers']"))
                .sendKeys(keys);
        driver.findElement(By.cssSelector(".pk-promises-config button[type='submit']"))
                .click();

        assertThat(wait(driver)
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".pk-promises-customers-error")))
                        .getText())
                .isEqualTo(TEXTS.getText("promise-keeper.promises.config.customers.too-many", 201, 200));
        assertThat(requests()).hasSize(before);
        assertThat(script(
                        "return window.localStorage.getItem(arguments[0]);",
                        "promise-keeper-preview:preferences:" + PROMISES))
                .isNull();
    }

    @Test
    void saysWhenTheServerHoldsMorePromisesThanOneAnswerShows() {
        answer(List.of(
                fixture("/commitments", "", 200, json("commitments.json").replace("\"total\":4", "\"total\":600"))));

        waitForStatus(
                ".pk-promises-status",
                TEXTS.getText("promise-keeper.promises.summary", 4, 2) + " "
                        + TEXTS.getText("promise-keeper.promises.more", 600));
    }

    @Test
    void promisesShowTheServersMessageOnErrorAndTheEmptyState() {
        answer(List.of(
                fixture("/commitments", "", 403, "{\"errors\":[{\"message\":\"You may not read customers.\"}]}")));
        waitForStatus(
                ".pk-promises-status", TEXTS.getText("promise-keeper.promises.error", "You may not read customers."));

        setFixtures(List.of(fixture(
                "/commitments",
                "",
                200,
                "{\"commitments\":[],\"total\":0,\"start\":0,\"limit\":500,\"customers\":[],\"truncated\":false}")));
        driver.findElement(By.cssSelector(".pk-promises-retry")).click();
        waitForStatus(".pk-promises-status", text("promise-keeper.promises.empty"));
    }

    @Test
    void whatChangedListsTheWeeksAlertsAsGivenWithLinksAndHostileTextAsText() {
        List<Map<String, Object>> fixtures = new ArrayList<>(promises());
        fixtures.add(fixture("/alerts", "", 200, """
                {"alerts":[
                 {"id":7,"kind":"health-worsened","kindText":"Health worsened","worsening":true,"customer":"XSS",
                  "customerName":"<img src=x onerror=window.pkXss=1>","commitment":"SALES-9",
                  "summary":"<script>window.pkXss=1</script>","reason":"SALES-9 '<b>x</b>' went from on track to at risk",
                  "raisedOn":"2026-11-30","state":"open"},
                 {"id":3,"kind":"renewal-moved","kindText":"Renewal moved","worsening":true,"customer":"XSS",
                  "customerName":"<img src=x onerror=window.pkXss=1>","reason":"renewal moved",
                  "raisedOn":"2026-11-26","state":"resolved","resolvedOn":"2026-11-28"}],"limit":50}"""));
        answer(fixtures);

        wait(driver).until(d -> d.findElements(By.cssSelector(".pk-change")).size() == 2);
        assertThat(lastRequestTo("/alerts")).contains("since=2026-11-24").contains("limit=50");
        List<WebElement> rows = driver.findElements(By.cssSelector(".pk-change"));
        assertThat(rows.get(0).findElement(By.cssSelector(".pk-change-date")).getText())
                .isEqualTo("2026-11-30");
        WebElement link = rows.get(0).findElement(By.cssSelector(".pk-change-about a"));
        assertThat(link.getAttribute("href")).endsWith("/jira/browse/SALES-9");
        assertThat(rows.get(0).getAttribute("textContent"))
                .contains("Health worsened", "<script>window.pkXss=1</script>", "'<b>x</b>'");
        assertThat(rows.get(1).getAttribute("textContent"))
                .contains("<img src=x onerror=window.pkXss=1>")
                .contains(TEXTS.getText("promise-keeper.promises.changes.resolved", "2026-11-28"));
        assertThat(driver.findElement(By.cssSelector(".pk-changes-title")).getText())
                .isEqualTo(text("promise-keeper.promises.changes.title"));
        assertThat(script("return window.pkXss === undefined;")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector(
                        ".pk-promises-changes script, .pk-promises-changes img, .pk-promises-changes b")))
                .isEmpty();
    }

    @Test
    void whatChangedShowsTheServersMessageOnErrorRetriesAndSaysWhenNothingChanged() {
        List<Map<String, Object>> fixtures = new ArrayList<>(promises());
        fixtures.add(fixture("/alerts", "", 500, "{\"errors\":[{\"message\":\"Store down.\"}]}"));
        answer(fixtures);
        waitForStatus(".pk-changes-status", TEXTS.getText("promise-keeper.promises.changes.error", "Store down."));

        List<Map<String, Object>> empty = new ArrayList<>(promises());
        empty.add(fixture("/alerts", "", 200, "{\"alerts\":[],\"limit\":50}"));
        setFixtures(empty);
        WebElement retry = driver.findElement(By.cssSelector(".pk-changes-retry"));
        retry.sendKeys(Keys.ENTER);
        waitForStatus(".pk-changes-status", TEXTS.getText("promise-keeper.promises.changes.empty", 7));
        assertThat(driver.findElements(By.cssSelector(".pk-changes-table"))).isEmpty();
    }

    @Test
    void whatChangedAsksOnlyAboutTheItemsCustomers() {
        List<Map<String, Object>> fixtures = new ArrayList<>(promises());
        fixtures.add(fixture("/alerts", "", 200, "{\"alerts\":[],\"limit\":50}"));
        setFixtures(fixtures);
        script(
                "window.localStorage.setItem('promise-keeper-preview:preferences:' + arguments[0],"
                        + " JSON.stringify({customers: 'ACME,GLOBEX', healths: 'at-risk'}));"
                        + " window.pkPreview.items[arguments[0]].render();",
                PROMISES);

        wait(driver).until(d -> lastRequestTo("/alerts").contains("customer=ACME,GLOBEX"));
    }

    @Test
    void formatsTheTextsInTheBrowserAsJavaMessageFormatDoes() {
        for (var pattern : TEXTS.patterns().entrySet()) {
            // A number where the pattern formats one, else text with a quote and markup.
            Object[] arguments = new Object[4];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] =
                        pattern.getValue().matches("(?s).*\\{" + i + "\\s*,\\s*number.*") ? (Object) 12345 : "it's <b>";
            }
            Object inBrowser = script(
                    "try { return window.pkPreviewFormat(arguments[0], arguments[1]); }"
                            + " catch (e) { return 'refused: ' + e.message; }",
                    pattern.getValue(),
                    Arrays.asList(arguments));
            String inJava;
            try {
                inJava = TEXTS.getText(
                        pattern.getKey(), Arrays.copyOf(arguments, arguments.length, Serializable[].class));
            } catch (IllegalArgumentException refused) {
                inJava = "refused: " + refused.getMessage();
            }
            assertThat(inBrowser).as(pattern.getKey()).isEqualTo(inJava);
        }
    }

    // Helpers

    private WebElement exportLink(String item) {
        return driver.findElement(By.cssSelector("#dashboard-item-" + item + " .pk-export-csv"));
    }

    /** The decoded href of the item's export link, "" while the item has none (read in one step: it may be redrawn). */
    private String exportHref(String item) {
        return decoded(String.valueOf(script(
                "var link = document.querySelector(arguments[0]); return link ? link.href : '';",
                "#dashboard-item-" + item + " .pk-export-csv")));
    }

    private static String decoded(String url) {
        return URLDecoder.decode(url, StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> radar(String body) {
        return List.of(fixture("/radar", "", 200, body));
    }

    private static List<Map<String, Object>> promises() {
        return List.of(fixture("/commitments", "", 200, json("commitments.json")));
    }

    private static Map<String, Object> fixture(String path, String contains, int status, String body) {
        return Map.of("path", path, "contains", contains, "status", status, "body", body);
    }

    /** Answers the REST paths from {@code fixtures} and renders both items again. */
    private void answer(List<Map<String, Object>> fixtures) {
        setFixtures(fixtures);
        script(
                "window.pkPreview.items[arguments[0]].render(); window.pkPreview.items[arguments[1]].render();",
                RADAR,
                PROMISES);
    }

    private void setFixtures(List<Map<String, Object>> fixtures) {
        script(FIXTURES, fixtures);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @SuppressWarnings("unchecked")
    private List<String> requests() {
        return (List<String>) script("return window.pkRequests || [];");
    }

    private String lastRequestTo(String path) {
        List<String> asked = requests().stream()
                .filter(url -> url.contains("/rest/promise-keeper/1.0" + path + "?"))
                .toList();
        return asked.isEmpty() ? "" : asked.get(asked.size() - 1);
    }

    private String lastRequest() {
        List<String> requests = requests();
        return requests.isEmpty() ? "" : requests.get(requests.size() - 1);
    }

    private static String json(String name) {
        try (InputStream in = DashboardGadgetsBrowserIT.class.getResourceAsStream("/gadgets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String key) {
        return TEXTS.getText(key);
    }

    private void openConfiguration(String item) {
        driver.findElement(By.cssSelector("#dashboard-item-" + item + " .pk-preview-configure"))
                .click();
        wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#dashboard-item-" + item + " form")));
    }

    private WebElement field(String name) {
        return driver.findElement(By.cssSelector(".pk-radar-config [name='" + name + "']"));
    }

    private void waitForStatus(String selector, String text) {
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector(selector), text));
    }

    private void waitForRows(int rows) {
        wait(driver)
                .until(d -> d.findElements(By.cssSelector(".pk-radar-table tbody tr.pk-radar-row"))
                                .size()
                        == rows);
    }

    private List<String> headers() {
        return driver.findElements(By.cssSelector(".pk-radar-table thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> rowKeys() {
        return driver.findElements(By.cssSelector(".pk-radar-table tbody tr.pk-radar-row")).stream()
                .map(row -> row.getAttribute("data-pk-customer"))
                .toList();
    }

    private String cell(String customer, String column) {
        return driver.findElement(
                        By.cssSelector("tr[data-pk-customer='" + customer + "'] [data-pk-column='" + column + "']"))
                .getText();
    }

    private String textContent(String selector) {
        return driver.findElement(By.cssSelector(selector)).getAttribute("textContent");
    }

    private WebElement sortButton(String column) {
        return driver.findElement(By.cssSelector("th[data-pk-column='" + column + "'] button"));
    }

    private String ariaSort(String column) {
        return driver.findElement(By.cssSelector("th[data-pk-column='" + column + "']"))
                .getAttribute("aria-sort");
    }

    /** The item as the test left it, for a person to look at: target/gadget-screenshots/ITEM.png. */
    private void screenshot(String item) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "gadget-screenshots"));
            Files.copy(
                    driver.findElement(By.id("dashboard-item-" + item))
                            .getScreenshotAs(OutputType.FILE)
                            .toPath(),
                    folder.resolve(item + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
