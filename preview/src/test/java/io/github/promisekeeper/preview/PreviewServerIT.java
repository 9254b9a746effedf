package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;
import org.junit.jupiter.api.Assumptions;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's server over HTTP, without a browser: data kept across restarts, --reset, PostgreSQL. */
class PreviewServerIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void seedsTheDemoPortfolioOnFirstStartKeepsItAcrossRestartsAndSeedsAgainOnReset(@TempDir Path data)
            throws Exception {
        PreviewOptions options =
                PreviewOptions.defaults(Map.of()).withPort(0).withToday(TODAY).withDataFolder(data);

        try (PreviewServer first = PreviewServer.start(options)) {
            assertThat(first.seeded()).isTrue();
            assertThat(get(first, "rest/promise-keeper/1.0/renewals?days=365").body())
                    .contains("\"key\":\"ACME_CORPORATION\"");
        }
        assertThat(data.resolve("promise-keeper.mv.db")).exists();
        try (PreviewServer again = PreviewServer.start(options)) {
            assertThat(again.seeded()).isFalse();
            assertThat(get(again, "rest/promise-keeper/1.0/renewals?days=365").body())
                    .contains("\"key\":\"ACME_CORPORATION\"");
        }
        PreviewOptions reset = PreviewOptions.parse(List.of("--reset", "--seed", "8"), Map.of())
                .withPort(0)
                .withToday(TODAY)
                .withDataFolder(data);
        try (PreviewServer reseeded = PreviewServer.start(reset)) {
            assertThat(reseeded.seeded()).isTrue();
        }
    }

    @Test
    void servesTheDashboardThePluginsDownloadsAndNothingElse(@TempDir Path data) throws Exception {
        try (PreviewServer server = PreviewServer.start(
                PreviewOptions.defaults(Map.of()).withPort(0).withToday(TODAY).withDataFolder(data))) {
            HttpResponse<String> page = get(server, "");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("class=\"pk-radar\"", "data-amd-module=\"promise-keeper&#47;radar&#47;dashboard-item\"");
            // The shared modules come once, before the dashboard items' scripts that depend on them.
            String shared = "io.github.promisekeeper.promise-keeper:shared-resources/promise-keeper-rest.js";
            String items = "io.github.promisekeeper.promise-keeper:dashboard-items-resources/promise-keeper-gadgets.js";
            String head = page.body();
            assertThat(head.indexOf(Html.escape(shared)))
                    .isPositive()
                    .isLessThan(head.indexOf(Html.escape(items)))
                    .isEqualTo(head.lastIndexOf(Html.escape(shared)));
            assertThat(get(server, "download/resources/" + shared).body()).contains("define('promise-keeper/rest'");
            assertThat(get(
                                    server,
                                    "download/resources/io.github.promisekeeper.promise-keeper:dashboard-items-resources/promise-keeper-rest.js")
                            .statusCode())
                    .isEqualTo(404);
            String resources = "download/resources/io.github.promisekeeper.promise-keeper:dashboard-items-resources/";
            assertThat(get(server, resources + "images/radar-thumbnail.png").statusCode())
                    .isEqualTo(200);
            assertThat(get(server, resources + "../atlassian-plugin.xml").statusCode())
                    .isEqualTo(404);
            assertThat(get(server, resources + "templates/radar/dashboard-item.vm")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(get(server, "preview-web/i18n.js").body())
                    .contains("\"promise-keeper.radar.title\":\"Renewal Radar\"");
        }
    }

    @Test
    void refusesToCheckJqlItHasNoEngineForWithA400AndKeepsTheSettings(@TempDir Path data) throws Exception {
        try (PreviewServer server = PreviewServer.start(
                PreviewOptions.defaults(Map.of()).withPort(0).withToday(TODAY).withDataFolder(data))) {
            String before = get(server, "rest/promise-keeper/1.0/settings").body();
            HttpResponse<String> put = http.send(
                    HttpRequest.newBuilder(URI.create(server.dashboardUrl() + "rest/promise-keeper/1.0/settings"))
                            .header("Content-Type", "application/json")
                            .PUT(
                                    HttpRequest.BodyPublishers.ofString(
                                            "{\"epicChildren\":{\"jqlTemplate\":\"parent = {epic}\",\"epicField\":\"Parent\"}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(put.statusCode()).isEqualTo(400);
            assertThat(put.body()).contains("The preview has no JQL engine");
            assertThat(get(server, "rest/promise-keeper/1.0/settings").body()).isEqualTo(before);
        }
    }

    @Test
    void runsOnPostgreSql() throws Exception {
        String url = System.getenv("PK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String message =
                    "PostgreSQL preview test needs PK_TEST_PG_URL, PK_TEST_PG_USER and PK_TEST_PG_PASSWORD (see .ci/run)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true, so a missing database is a failure.");
            }
            Assumptions.abort("Skipped: " + message + ".");
        }
        PreviewOptions options = PreviewOptions.parse(
                        List.of(
                                "--reset",
                                "--db",
                                url,
                                "--db-user",
                                System.getenv().getOrDefault("PK_TEST_PG_USER", "postgres"),
                                "--db-password",
                                System.getenv().getOrDefault("PK_TEST_PG_PASSWORD", "")),
                        Map.of())
                .withPort(0)
                .withToday(TODAY);
        try (PreviewServer server = PreviewServer.start(options)) {
            assertThat(server.seeded()).isTrue();
            assertThat(server.databaseDescription()).startsWith("PostgreSQL");
            assertThat(get(server, "rest/promise-keeper/1.0/renewals?days=30").body())
                    .contains("\"key\":\"ACME_CORPORATION\"", "\"key\":\"XSS_SCRIPT\"");
        }
    }

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.dashboardUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
