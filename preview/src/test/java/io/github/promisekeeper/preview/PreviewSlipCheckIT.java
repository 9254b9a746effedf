package io.github.promisekeeper.preview;

import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.StoredAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview runs the slip check at start-up for its --today: a later --today raises what slipped since, once. */
class PreviewSlipCheckIT {

    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private static final LocalDate LATER = FIRST.plusDays(45);
    /** What only a change of the data (not the passing of time) raises: none, since the demo data stays the same. */
    private static final Set<AlertKind> CHANGES_OF_DATA = Set.of(
            AlertKind.PROMISED_DATE_MOVED,
            AlertKind.EPIC_UNLINKED,
            AlertKind.RENEWAL_MOVED,
            AlertKind.NOTICE_DEADLINE_MOVED,
            AlertKind.CONTRACT_CANCELLED);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLaterTodayRaisesWhatSlippedInBetweenAndARestartOnTheSameDayNothing(@TempDir Path data) throws Exception {
        AlertChanges first = startAndStop(data, FIRST);
        AlertChanges sameDay = startAndStop(data, FIRST);
        AlertChanges later;
        String listed;
        List<PreviewMail.Received> mailed;
        String ownBase;
        try (PreviewServer server = PreviewServer.start(options(data, LATER))) {
            later = server.slipCheck();
            mailed = server.app().mail().received();
            ownBase = "http://localhost:" + server.port() + PreviewServer.CONTEXT_PATH + "/";
            listed = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                                            + PreviewServer.CONTEXT_PATH + "/rest/promise-keeper/1.0/alerts?since="
                                            + LATER))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
        AlertChanges laterAgain = startAndStop(data, LATER);

        assertThat(first.raised()).as("the first check records a baseline").isEmpty();
        assertThat(sameDay.isEmpty()).isTrue();
        assertThat(later.raised()).isNotEmpty().allSatisfy(stored -> {
            assertThat(stored.alert().raisedOn()).isEqualTo(LATER);
            assertThat(stored.alert().kind()).isNotIn(CHANGES_OF_DATA);
        });
        assertThat(later.raised())
                .extracting(StoredAlert::alert)
                .extracting(alert -> alert.dedupeKey())
                .doesNotHaveDuplicates();
        assertThat(laterAgain.raised()).isEmpty();
        assertThat(listed).contains("\"raisedOn\":\"" + LATER + "\"");
        assertThat(mailed)
                .as("the start-up check's mails link back at the preview's own port")
                .isNotEmpty()
                .allSatisfy(mail -> assertThat(mail.html().replace("&#47;", "/") + mail.text())
                        .contains(ownBase)
                        .doesNotContain("http://localhost/"));
    }

    private static AlertChanges startAndStop(Path data, LocalDate today) throws Exception {
        try (PreviewServer server = PreviewServer.start(options(data, today))) {
            return server.slipCheck();
        }
    }

    private static PreviewOptions options(Path data, LocalDate today) {
        return PreviewOptions.defaults(Map.of()).withPort(0).withToday(today).withDataFolder(data);
    }
}
