package io.github.promisekeeper.preview;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin page ({@code /plugins/servlet/promise-keeper/admin}) in headless Chromium, on the preview: the
 * plugin's own servlet, Velocity template and AMD module, over the preview's real REST resources and database.
 * Each test works on customers of its own, so that the order the tests run in does not matter.
 */
class AdminPageBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final PropertiesI18n TEXTS = new PropertiesI18n("i18n/promise-keeper.properties");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static PreviewInBrowser preview;
    private WebDriver driver;

    @BeforeAll
    static void startPreviewAndBrowser() throws Exception {
        preview = PreviewInBrowser.start(TODAY, data, 1400, 1000);
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @AfterEach
    void viewAsTheAdministratorAgain() {
        if (driver != null) {
            driver.manage().deleteCookieNamed(ViewingAs.COOKIE);
        }
    }

    @Test
    void searchesAndPagesTheCustomersShowingEveryNameAsText() throws Exception {
        int total = rest("GET", "customers?limit=1", null)
                .getAsJsonObject()
                .get("total")
                .getAsInt();
        assertThat(total)
                .as("the demo portfolio fills more than one page of 20")
                .isBetween(21, 40);
        openAdminPage();

        waitForText(".pk-admin-customers-total", TEXTS.getText("promise-keeper.admin.customers.page", 1, 20, total));
        assertThat(rows()).hasSize(20);
        assertThat(button(".pk-admin-customers-previous").isEnabled()).isFalse();
        button(".pk-admin-customers-next").click();
        waitForText(
                ".pk-admin-customers-total", TEXTS.getText("promise-keeper.admin.customers.page", 21, total, total));
        assertThat(rows()).hasSize(total - 20);
        assertThat(button(".pk-admin-customers-next").isEnabled()).isFalse();
        button(".pk-admin-customers-previous").click();
        waitForText(".pk-admin-customers-total", TEXTS.getText("promise-keeper.admin.customers.page", 1, 20, total));

        search("glob");
        waitForText(".pk-admin-customers-total", TEXTS.getText("promise-keeper.admin.customers.page", 1, 1, 1));
        assertThat(rows())
                .extracting(row -> row.getDomAttribute("data-pk-customer"))
                .containsExactly("GLOBEX");

        search("script");
        waitForOnly("XSS_SCRIPT");
        assertThat(driver.findElement(By.cssSelector("tr[data-pk-customer='XSS_SCRIPT'] td:nth-child(2)"))
                        .getText())
                .isEqualTo(DemoPortfolio.SCRIPT_NAME);
        assertThat(driver.findElements(By.cssSelector("#pk-admin script, #pk-admin img")))
                .isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        search("no such customer anywhere");
        waitForText(".pk-admin-customers-total", TEXTS.getText("promise-keeper.admin.customers.none"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void createShowsTheServersFieldErrorsAtTheirFieldsWritesNothingThenCreatesOnceFixed() throws Exception {
        openAdminPage();
        button(".pk-admin-customer-new").click();
        WebElement form = driver.findElement(By.cssSelector(".pk-admin-customer-form"));
        form.findElement(By.name("key")).sendKeys("NEWCO");

        form.findElement(By.cssSelector(".pk-admin-customer-save")).click();

        WebElement renewalError = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".pk-admin-contract .pk-admin-field-error[data-pk-field='contracts[0].renewal']")));
        assertThat(renewalError.getText()).isEqualTo("A contract needs a renewal date.");
        assertThat(form.findElement(By.cssSelector(".pk-admin-contract [name=renewal]"))
                        .getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(form.findElement(By.cssSelector(".pk-admin-field-error[data-pk-field='name']"))
                        .getText())
                .isNotBlank();
        assertThat(status(HttpRequest.newBuilder(api("customers/NEWCO")).GET()))
                .as("nothing written")
                .isEqualTo(404);

        form.findElement(By.name("name")).sendKeys("New Co");
        setValue(form.findElement(By.cssSelector(".pk-admin-contract [name=renewal]")), "2027-05-01");
        form.findElement(By.cssSelector(".pk-admin-contract [name=id]")).sendKeys("NC-1");
        form.findElement(By.cssSelector(".pk-admin-customer-save")).click();

        waitForText(".pk-admin-status", TEXTS.getText("promise-keeper.admin.saved"));
        assertThat(driver.findElements(By.cssSelector(".pk-admin-customer-form")))
                .isEmpty();
        JsonObject stored = rest("GET", "customers/NEWCO", null).getAsJsonObject();
        assertThat(stored.get("name").getAsString()).isEqualTo("New Co");
        assertThat(stored.get("nextRenewal").getAsString()).isEqualTo("2027-05-01");
        showOnly("NEWCO");
    }

    @Test
    void savingAnEditMadeFromAStaleVersionShowsTheConflictAndKeepsTheOtherChange() throws Exception {
        createThroughRest("STALECO", "Stale Co");
        openAdminPage();
        showOnly("STALECO");
        driver.findElement(By.cssSelector("tr[data-pk-customer='STALECO'] .pk-admin-customer-edit"))
                .click();
        WebElement form = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-customer-form[data-pk-editing='STALECO']")));
        // Someone else saves the customer after the form was read.
        JsonObject current = rest("GET", "customers/STALECO", null).getAsJsonObject();
        current.addProperty("name", "Stale Co (renamed elsewhere)");
        current.remove("nextRenewal");
        current.remove("noticeDeadline");
        rest("PUT", "customers/STALECO", current.toString());

        form.findElement(By.name("owner")).sendKeys("me");
        form.findElement(By.cssSelector(".pk-admin-customer-save")).click();

        WebElement conflict = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-form-errors .pk-admin-field-error[data-pk-field='version']")));
        assertThat(conflict.getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector(".pk-admin-status")).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.admin.failed", conflict.getText()));
        JsonObject stored = rest("GET", "customers/STALECO", null).getAsJsonObject();
        assertThat(stored.get("name").getAsString()).isEqualTo("Stale Co (renamed elsewhere)");
        assertThat(stored.has("owner")).as("the stale edit did not land").isFalse();
    }

    @Test
    void deleteAsksFirstAndKeepsTheCustomerWhenTheAnswerIsNo() throws Exception {
        createThroughRest("DOOMED", "Doomed Co");
        openAdminPage();
        showOnly("DOOMED");

        driver.findElement(By.cssSelector("tr[data-pk-customer='DOOMED'] .pk-admin-customer-delete"))
                .click();
        Alert question = wait(driver).until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isEqualTo(TEXTS.getText("promise-keeper.admin.delete.confirm", "Doomed Co"));
        question.dismiss();
        assertThat(status(HttpRequest.newBuilder(api("customers/DOOMED")).GET()))
                .as("kept after No")
                .isEqualTo(200);

        driver.findElement(By.cssSelector("tr[data-pk-customer='DOOMED'] .pk-admin-customer-delete"))
                .click();
        wait(driver).until(ExpectedConditions.alertIsPresent()).accept();

        waitForText(".pk-admin-status", TEXTS.getText("promise-keeper.admin.deleted", "Doomed Co"));
        wait(driver)
                .until(d -> d.findElements(By.cssSelector("tr[data-pk-customer='DOOMED']"))
                        .isEmpty());
        assertThat(status(HttpRequest.newBuilder(api("customers/DOOMED")).GET()))
                .isEqualTo(404);
    }

    @Test
    void anEditShowsInTheCustomersHistoryWithItsHostileNameAsText() throws Exception {
        createThroughRest("HISTCO", "History Co");
        openAdminPage();
        showOnly("HISTCO");
        driver.findElement(By.cssSelector("tr[data-pk-customer='HISTCO'] .pk-admin-customer-edit"))
                .click();
        WebElement form = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-customer-form[data-pk-editing='HISTCO']")));
        WebElement name = form.findElement(By.name("name"));
        name.clear();
        name.sendKeys(DemoPortfolio.IMAGE_NAME);
        form.findElement(By.cssSelector(".pk-admin-customer-save")).click();
        waitForText(".pk-admin-status", TEXTS.getText("promise-keeper.admin.saved"));
        wait(driver)
                .until(d -> d.findElement(By.cssSelector("tr[data-pk-customer='HISTCO'] td:nth-child(2)"))
                        .getText()
                        .equals(DemoPortfolio.IMAGE_NAME));

        WebElement toggle =
                driver.findElement(By.cssSelector("tr[data-pk-customer='HISTCO'] .pk-admin-customer-history-toggle"));
        toggle.click();

        List<WebElement> entries = wait(driver).until(d -> {
            List<WebElement> shown =
                    d.findElements(By.cssSelector("tr[data-pk-history='HISTCO'] .pk-admin-history-entry"));
            return shown.size() == 2 ? shown : null;
        });
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("tr[data-pk-history='HISTCO'] h4"))
                        .getText())
                .isEqualTo(TEXTS.getText("promise-keeper.admin.history.title", DemoPortfolio.IMAGE_NAME));
        JsonObject newest = rest("GET", "customers/HISTCO/history", null)
                .getAsJsonObject()
                .getAsJsonArray("changes")
                .get(0)
                .getAsJsonObject();
        WebElement edit = entries.get(0);
        assertThat(edit.findElement(By.cssSelector(".pk-admin-history-description"))
                        .getText())
                .isEqualTo("name History Co → " + DemoPortfolio.IMAGE_NAME);
        assertThat(edit.findElement(By.cssSelector(".pk-admin-history-author")).getText())
                .isEqualTo(newest.get("author").getAsString());
        assertThat(edit.findElement(By.cssSelector(".pk-admin-history-at")).getText())
                .isEqualTo(newest.get("at").getAsString());
        assertThat(edit.findElement(By.cssSelector(".pk-admin-history-source")).getText())
                .as("edited on the admin page")
                .isEqualTo(TEXTS.getText("promise-keeper.admin.history.source.admin-page"));
        assertThat(entries.get(1)
                        .findElement(By.cssSelector(".pk-admin-history-description"))
                        .getText())
                .startsWith("created HISTCO (History Co)");
        assertThat(entries.get(1)
                        .findElement(By.cssSelector(".pk-admin-history-source"))
                        .getText())
                .as("created through the REST API")
                .isEqualTo(TEXTS.getText("promise-keeper.admin.history.source.rest"));
        assertThat(driver.findElements(By.cssSelector("#pk-admin script, #pk-admin img")))
                .isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        toggle.click();
        assertThat(driver.findElements(By.cssSelector("tr[data-pk-history='HISTCO']")))
                .as("closed again")
                .isEmpty();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void aHistoryTheServerRefusesShowsWhyInItsRow() throws Exception {
        createThroughRest("REFUSEDCO", "Refused Co");
        openAdminPage();
        showOnly("REFUSEDCO");
        // The page was opened by the administrator; the finance user, who may not edit, now asks for the history.
        driver.manage().addCookie(new Cookie(ViewingAs.COOKIE, "finance", "/"));

        driver.findElement(By.cssSelector("tr[data-pk-customer='REFUSEDCO'] .pk-admin-customer-history-toggle"))
                .click();

        WebElement error = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("tr[data-pk-history='REFUSEDCO'] .pk-admin-history-error")));
        assertThat(error.getText())
                .isEqualTo(TEXTS.getText(
                        "promise-keeper.admin.history.failed", TEXTS.getText("promise-keeper.rest.error.denied.edit")));
        assertThat(driver.findElements(By.cssSelector("tr[data-pk-history='REFUSEDCO'] .pk-admin-history-entry")))
                .isEmpty();
    }

    @Test
    void aPastedFileWithABrokenRowShowsTheErrorWithItsLineAndWritesNothingThenACleanOneIsApplied() throws Exception {
        String header = "customer_key,customer_name,crm_id,contract_id,renewal_date\n";
        String renewal = TODAY.plusDays(30).toString();
        openAdminPage();
        WebElement paste = driver.findElement(By.cssSelector(".pk-admin-import-paste"));
        paste.sendKeys(
                header + "IMPCO,Imported Co,IMP-1,IC-1," + renewal + "\nIMPBAD,Broken Co,IMP-2,IB-1,2027-13-01\n");

        button(".pk-admin-import-check").click();

        WebElement errors = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-admin-import-errors")));
        List<WebElement> cells = errors.findElements(By.cssSelector("tbody tr td"));
        assertThat(cells.get(0).getText()).isEqualTo("3");
        assertThat(cells.get(1).getText()).isEqualTo("renewal_date");
        assertThat(driver.findElement(By.cssSelector(".pk-admin-import-report")).getText())
                .contains(TEXTS.getText("promise-keeper.admin.import.errors", 1));
        assertThat(driver.findElements(By.cssSelector(".pk-admin-import-apply")))
                .isEmpty();
        assertThat(status(HttpRequest.newBuilder(api("customers/IMPCO")).GET()))
                .as("a dry run writes nothing")
                .isEqualTo(404);

        paste.clear();
        paste.sendKeys(header + "IMPCO,Imported Co,IMP-1,IC-1," + renewal + "\n");
        button(".pk-admin-import-check").click();
        // The broken file's report said "1 to create" too: wait for the clean report, the one with Apply.
        WebElement apply = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-admin-import-apply")));
        assertThat(driver.findElements(By.cssSelector(".pk-admin-import-errors")))
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector(".pk-admin-import-summary"))
                        .getText())
                .isEqualTo(TEXTS.getText("promise-keeper.admin.import.summary", "generic", 1, 0, 0));
        assertThat(status(HttpRequest.newBuilder(api("customers/IMPCO")).GET()))
                .as("still a dry run")
                .isEqualTo(404);
        apply.click();

        waitForText(".pk-admin-status", TEXTS.getText("promise-keeper.admin.import.applied"));
        assertThat(rest("GET", "customers/IMPCO", null)
                        .getAsJsonObject()
                        .get("name")
                        .getAsString())
                .isEqualTo("Imported Co");
        assertThat(rest("GET", "radar?days=90&limit=200", null).toString())
                .as("the radar sees the imported renewal")
                .contains("\"key\":\"IMPCO\"");
        showOnly("IMPCO");
    }

    @Test
    void anInvalidSettingShowsItsMessageAtTheFieldAndChangesNothingThenAValidOneLandsInTheHistory() throws Exception {
        JsonObject before = rest("GET", "settings", null).getAsJsonObject();
        int changesBefore = rest("GET", "settings/history", null)
                .getAsJsonObject()
                .getAsJsonArray("changes")
                .size();
        openAdminPage();
        WebElement days = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-settings-form [name=defaultDays]")));
        days.clear();
        days.sendKeys("0");

        button(".pk-admin-settings-save").click();

        WebElement error = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-settings-form .pk-admin-field-error[data-pk-field='defaultDays']")));
        assertThat(error.getText()).isEqualTo("The default window is 1 to 3650 days, not 0.");
        assertThat(rest("GET", "settings", null)).isEqualTo(before);
        assertThat(rest("GET", "settings/history", null).getAsJsonObject().getAsJsonArray("changes"))
                .hasSize(changesBefore);

        days.clear();
        days.sendKeys(Integer.toString(before.get("defaultDays").getAsInt() == 60 ? 61 : 60));
        int after = Integer.parseInt(days.getDomProperty("value"));
        button(".pk-admin-settings-save").click();

        waitForText(".pk-admin-status", TEXTS.getText("promise-keeper.admin.saved"));
        assertThat(driver.findElements(By.cssSelector(".pk-admin-settings-form .pk-admin-field-error")))
                .isEmpty();
        assertThat(rest("GET", "settings", null)
                        .getAsJsonObject()
                        .get("defaultDays")
                        .getAsInt())
                .isEqualTo(after);
        String entry = "radar window (days) " + before.get("defaultDays").getAsInt() + " → " + after;
        wait(driver)
                .until(d -> d.findElements(By.cssSelector(".pk-admin-settings-history-list li")).stream()
                        .anyMatch(item -> item.getText()
                                        .endsWith("(" + TEXTS.getText("promise-keeper.admin.history.source.admin-page")
                                                + "): " + entry)
                                && item.getText().contains(" · preview-admin ")));
    }

    @Test
    void theSlipAlertSettingsShowTheServersMessagesThenSaveIntoTheHistoryAndCheckNowShowsItsResult() throws Exception {
        JsonObject before = rest("GET", "alerts/settings", null).getAsJsonObject();
        openAdminPage();
        WebElement form = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-admin-alert-settings-form")));
        WebElement checkAt = form.findElement(By.name("checkAt"));
        WebElement noticeDays = form.findElement(By.name("noticeDays"));
        assertThat(checkAt.getDomProperty("value"))
                .isEqualTo(before.get("checkAt").getAsString());
        assertThat(noticeDays.getDomProperty("value"))
                .isEqualTo(before.get("noticeDays").getAsString());
        String zone = before.get("nextRun").getAsString().replaceAll(".*\\[(.+)]$", "$1");
        assertThat(form.findElement(By.cssSelector(".pk-admin-alerts-zone")).getText())
                .isEqualTo(TEXTS.getText("promise-keeper.admin.alerts.zone", zone));
        assertThat(form.findElement(By.cssSelector(".pk-admin-alerts-next")).getText())
                .startsWith("Next scheduled check: ")
                .endsWith(" at " + before.get("checkAt").getAsString() + " (" + zone + ").");

        checkAt.clear();
        checkAt.sendKeys("25:00");
        button(".pk-admin-alert-settings-save").click();
        WebElement error = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".pk-admin-alert-settings-form .pk-admin-field-error[data-pk-field='checkAt']")));
        assertThat(error.getText()).isEqualTo(TEXTS.getText("promise-keeper.rest.error.alerts.check-at", "25:00"));
        assertThat(checkAt.getDomAttribute("aria-invalid")).isEqualTo("true");

        checkAt.clear();
        checkAt.sendKeys("07:30");
        noticeDays.clear();
        noticeDays.sendKeys("-1");
        button(".pk-admin-alert-settings-save").click();
        error = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".pk-admin-alert-settings-form .pk-admin-field-error[data-pk-field='noticeDays']")));
        assertThat(error.getText()).isEqualTo("The notice days '-1' must be a whole number from 1 to 365.");
        assertThat(driver.findElements(By.cssSelector(".pk-admin-alert-settings-form [data-pk-field='checkAt']")))
                .as("the earlier message is gone once its field is fixed")
                .isEmpty();
        assertThat(rest("GET", "alerts/settings", null)).as("nothing saved").isEqualTo(before);

        int days = before.get("noticeDays").getAsInt() == 21 ? 22 : 21;
        noticeDays.clear();
        noticeDays.sendKeys(Integer.toString(days));
        button(".pk-admin-alert-settings-save").click();

        waitForText(".pk-admin-status", TEXTS.getText("promise-keeper.admin.saved"));
        JsonObject saved = rest("GET", "alerts/settings", null).getAsJsonObject();
        assertThat(saved.get("checkAt").getAsString()).isEqualTo("07:30");
        assertThat(saved.get("noticeDays").getAsInt()).isEqualTo(days);
        wait(driver)
                .until(ExpectedConditions.textMatches(
                        By.cssSelector(".pk-admin-alerts-next"), Pattern.compile(" at 07:30 \\(")));
        String entry = "slip check time " + before.get("checkAt").getAsString() + " → 07:30; slip alert notice days "
                + before.get("noticeDays").getAsInt() + " → " + days;
        wait(driver)
                .until(d -> d.findElements(By.cssSelector(".pk-admin-settings-history-list li")).stream()
                        .anyMatch(item -> item.getText()
                                        .contains("(" + TEXTS.getText("promise-keeper.admin.history.source.admin-page")
                                                + "): " + entry)
                                && item.getText().contains(" · preview-admin ")));

        // "Check now" from the keyboard: its result lists what the check raised and resolved, and counts them.
        button(".pk-admin-alerts-check").sendKeys(Keys.ENTER);
        WebElement summary = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".pk-admin-alerts-check-result[aria-busy='false'] .pk-admin-alerts-check-summary")));
        int raised = driver.findElements(By.cssSelector(".pk-admin-alerts-check-raised li"))
                .size();
        int resolved = driver.findElements(By.cssSelector(".pk-admin-alerts-check-resolved li"))
                .size();
        assertThat(summary.getText())
                .isEqualTo(TEXTS.getText("promise-keeper.admin.alerts.check.done", raised, resolved));
        assertThat(button(".pk-admin-alerts-check").isEnabled()).isTrue();
    }

    @Test
    void checkNowNamesTheCustomerOfAnAlertAboutTheCustomerAsAWhole() throws Exception {
        // Renewing inside the radar's window (60 or 90 days, whichever another test left) before and after the move:
        // the first check records where its renewal is, the second sees it move.
        rest(
                "PUT",
                "customers/MOVEDCO",
                "{\"name\":\"Moved Co\",\"contracts\":[{\"id\":\"MOVEDCO-1\",\"renewal\":\"2027-01-10\"}]}");
        rest("POST", "alerts/check", null);
        JsonObject moved = rest("GET", "customers/MOVEDCO", null).getAsJsonObject();
        moved.get("contracts").getAsJsonArray().get(0).getAsJsonObject().addProperty("renewal", "2027-01-20");
        moved.remove("nextRenewal");
        moved.remove("noticeDeadline");
        rest("PUT", "customers/MOVEDCO", moved.toString());
        openAdminPage();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-admin-alerts-check")));

        button(".pk-admin-alerts-check").click();

        wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".pk-admin-alerts-check-result[aria-busy='false'] .pk-admin-alerts-check-summary")));
        List<String> items = driver.findElements(By.cssSelector(".pk-admin-alerts-check-raised li")).stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith("Moved Co"))
                .toList();
        assertThat(items)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text)
                        .startsWith("Moved Co (MOVEDCO) \u00b7 the customer as a whole: ")
                        .doesNotContain("—"));
    }

    @Test
    void checkNowShowsWhyTheServerRefusedIt() {
        openAdminPage();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pk-admin-alerts-check")));
        // The page was opened by the administrator; an ordinary user now presses the button.
        driver.manage().addCookie(new Cookie(ViewingAs.COOKIE, "user", "/"));
        button(".pk-admin-alerts-check").click();

        WebElement failure = wait(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".pk-admin-alerts-check-error[aria-busy='false'] .error")));
        assertThat(failure.getText()).startsWith("The check failed: ");
        assertThat(button(".pk-admin-alerts-check").isEnabled()).isTrue();
    }

    @Test
    void anOrdinaryUserOrFinanceCannotUseTheAdminPage() throws Exception {
        for (String viewer : List.of("user", "finance")) {
            openAdminPage();
            new Select(driver.findElement(By.id("pk-preview-viewing-as"))).selectByValue(viewer);
            wait(driver).until(d -> {
                Cookie cookie = d.manage().getCookieNamed(ViewingAs.COOKIE);
                return cookie != null
                        && cookie.getValue().equals(viewer)
                        && d.findElements(By.id("pk-admin")).isEmpty();
            });
            assertThat(driver.findElement(By.tagName("body")).getText())
                    .contains(TEXTS.getText("promise-keeper.rest.error.denied.edit"));

            HttpRequest.Builder asViewer = HttpRequest.newBuilder(
                            preview.server().adminPageUrl())
                    .header("Cookie", ViewingAs.COOKIE + "=" + viewer)
                    .GET();
            assertThat(status(asViewer)).as(viewer).isEqualTo(403);
            assertThat(status(HttpRequest.newBuilder(api("settings"))
                            .header("Cookie", ViewingAs.COOKIE + "=" + viewer)
                            .GET()))
                    .as("the REST API refuses " + viewer + " too")
                    .isEqualTo(403);
            driver.manage().deleteCookieNamed(ViewingAs.COOKIE);
        }
        assertThat(status(
                        HttpRequest.newBuilder(preview.server().adminPageUrl()).GET()))
                .as("the administrator")
                .isEqualTo(200);
    }

    // Helpers

    private void openAdminPage() {
        driver = preview.driver();
        driver.get(preview.server().adminPageUrl().toString());
        wait(driver)
                .until(d -> !d.findElements(By.cssSelector("#pk-admin")).isEmpty()
                        || !d.findElements(By.id("pk-preview-viewing-as")).isEmpty());
        if (!driver.findElements(By.cssSelector("#pk-admin")).isEmpty()) {
            wait(driver)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".pk-admin-customers-table tbody tr")));
        }
    }

    /** Searches for {@code key} and waits until the table shows that customer alone (not the rows before the search). */
    private void showOnly(String key) {
        search(key);
        waitForOnly(key);
    }

    private void waitForOnly(String key) {
        wait(driver)
                .until(d -> d.findElements(By.cssSelector(".pk-admin-customers-table tbody tr")).stream()
                        .map(row -> row.getDomAttribute("data-pk-customer"))
                        .toList()
                        .equals(List.of(key)));
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".pk-admin-customers-table tbody tr"));
    }

    private WebElement button(String selector) {
        return driver.findElement(By.cssSelector(selector));
    }

    private void search(String text) {
        WebElement search = driver.findElement(By.cssSelector(".pk-admin-customers-search"));
        search.clear();
        search.sendKeys(text);
    }

    private void waitForText(String selector, String text) {
        wait(driver).until(ExpectedConditions.textToBe(By.cssSelector(selector), text));
    }

    /** Sets an input's value as a user's picker would (date inputs take typed text in the browser's locale only). */
    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /** Waits up to 10 s, looking again when the table was redrawn under it (a search answered meanwhile). */
    private static WebDriverWait wait(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static URI api(String path) {
        return preview.dashboardUrl().resolve("rest/promise-keeper/1.0/" + path);
    }

    private static void createThroughRest(String key, String name) throws Exception {
        rest(
                "PUT",
                "customers/" + key,
                "{\"name\":\"" + name + "\",\"contracts\":[{\"id\":\"" + key + "-1\",\"renewal\":\"2027-06-01\"}]}");
    }

    /** A REST call as the preview's administrator (no viewing-as cookie); fails unless it succeeds. */
    private static JsonElement rest(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return JsonParser.parseString(response.body());
    }

    private static int status(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
