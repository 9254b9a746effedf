package io.github.promisekeeper.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import over the preview's real HTTP server: a file over a limit gets a clean 413 even while the
 * client is still sending it, where a server that answers early would cut the connection (broken pipe).
 */
class PreviewImportIT {

    private static final String HEADER = "customer_name,contract_id,renewal_date,owner\n";

    private static Path data;
    private static PreviewServer server;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("pk-import-it");
        server = PreviewServer.start(PreviewOptions.defaults(Map.of())
                .withPort(0)
                .withToday(LocalDate.of(2026, 12, 1))
                .withDataFolder(data));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /**
     * Posts {@code body} with {@link HttpURLConnection}, which, like Python's http.client and requests,
     * writes the whole body before it reads the answer: against a server that answers early and closes,
     * it fails with a broken pipe ("Error writing request body to server") instead of seeing the answer.
     */
    private Answer post(InputStream body) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(server.dashboardUrl() + "rest/promise-keeper/1.0/import?dryRun=true")
                        .toURL()
                        .openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "text/csv");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(64 * 1024);
        try (OutputStream out = connection.getOutputStream()) {
            body.transferTo(out);
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Answer(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            connection.disconnect();
        }
    }

    private record Answer(int statusCode, String body) {}

    @Test
    void aFileOverTheSizeLimitGetsA413WhileTheClientIsStillSending() throws Exception {
        // 34 MB of rows: the server refuses at 20 MB, long before the client has sent it all.
        Answer answer = post(rows(34L * 1024 * 1024, 1_000_000_000, 300));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("larger than 20 MB");
    }

    @Test
    void aFileOverTheRowLimitGetsA413() throws Exception {
        Answer answer = post(rows(Long.MAX_VALUE, 100_001, 0));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("more than 100000 rows");
    }

    @Test
    void aFileWithinTheLimitsIsChecked() throws Exception {
        Answer answer = post(rows(Long.MAX_VALUE, 3, 0));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"created\":3");
    }

    /**
     * A generic file of up to {@code rows} rows and about {@code bytes} bytes, generated as it is sent;
     * each row's owner is {@code ownerLength} characters long.
     */
    private static InputStream rows(long bytes, int rows, int ownerLength) {
        String owner = "o".repeat(ownerLength);
        InputStream header = new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8));
        return new SequenceInputStream(header, new InputStream() {
            private byte[] line = new byte[0];
            private int at;
            private int row;
            private long sent;

            @Override
            public int read() throws IOException {
                if (at == line.length) {
                    if (row == rows || sent >= bytes) {
                        return -1;
                    }
                    row++;
                    line = ("Customer number " + row + ",C-" + row + ",2027-01-01," + owner + "\n")
                            .getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                sent++;
                return line[at++] & 0xff;
            }
        });
    }
}
