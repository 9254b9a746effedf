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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview's Outbox in headless Chromium: a slip handed to the plugin's alert listener is mailed over SMTP to
 * the preview's embedded server and shown as its recipients see it, the HTML body in a sandboxed frame (a hostile
 * customer name stays text) and the text body beside it; the header links to the page.
 */
class OutboxBrowserIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String HOSTILE = "<img src=x onerror=alert(1)> Evil & Co";

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
    void showsTheMailsOfASlipAsTheirRecipientsSeeThem() {
        PreviewApp app = preview.server().app();
        Commitment commitment = app.demoJira().commitments().get(0);
        Alert slip = Alert.raise(
                AlertKind.HEALTH_WORSENED,
                commitment.customer(),
                commitment.key(),
                AlertFacts.about(HOSTILE)
                        .withCommitment(commitment.summary(), commitment.promisedDate())
                        .withHealth(Health.ON_TRACK, Health.AT_RISK),
                TODAY,
                DedupeKey.of(AlertKind.HEALTH_WORSENED, commitment.key(), "AT_RISK", 1));

        app.alertListener().alertsStored(new AlertChanges(List.of(new StoredAlert(1, slip)), List.of()));

        WebDriver driver = preview.driver();
        driver.get(preview.dashboardUrl().toString());
        driver.findElement(By.linkText("Outbox")).click();
        assertThat(driver.getCurrentUrl())
                .isEqualTo(preview.server().outboxUrl().toString());
        List<WebElement> mails = driver.findElements(By.className("pk-outbox-mail"));
        assertThat(mails).isNotEmpty();
        assertThat(driver.findElements(By.className("pk-outbox-to")))
                .extracting(WebElement::getText)
                .anySatisfy(to -> assertThat(to).contains("admin@preview.example"))
                .anySatisfy(to -> assertThat(to).contains("user@preview.example"));
        WebElement first = mails.get(0);
        assertThat(first.findElement(By.className("pk-outbox-subject")).getText())
                .contains(commitment.key().toString())
                .contains("went from on track to at risk");
        assertThat(first.findElement(By.className("pk-outbox-text")).getText())
                .contains(commitment.key() + " '" + commitment.summary() + "'")
                .contains("/browse/" + commitment.key());

        WebElement frame = first.findElement(By.className("pk-outbox-html"));
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        driver.switchTo().frame(frame);
        try {
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("A promise to a customer slipped");
            assertThat(driver.findElements(By.tagName("img"))).isEmpty();
            assertThat(driver.findElement(By.tagName("a")).getDomAttribute("href"))
                    .endsWith("/browse/" + commitment.key());
        } finally {
            driver.switchTo().defaultContent();
        }
    }
}
