package io.github.promisekeeper.jira.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Answers a CSV download: {@code text/csv; charset=UTF-8} starting with a byte order mark, saved as an attachment
 * under a file name of lower-case letters, digits and dashes (nothing a browser or file system could misread), and
 * written row by row into the response as it streams, never held whole in memory.
 */
public final class CsvDownloads {

    public static final String CSV_UTF_8 = "text/csv; charset=UTF-8";

    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}\\.csv");

    private CsvDownloads() {}

    /** What writes the rows, header row first. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(CsvWriter csv) throws IOException;
    }

    /**
     * A 200 answer whose body {@code rows} write when the container streams it.
     *
     * @throws IllegalArgumentException when {@code fileName} is not lower-case letters, digits and dashes ending in .csv
     */
    public static Response attachment(String fileName, Rows rows) {
        if (!SAFE_FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("Not a safe CSV file name: " + fileName);
        }
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(CsvWriter.BOM);
            rows.writeTo(new CsvWriter(writer));
            writer.flush();
        };
        return Response.ok(body, MediaType.valueOf(CSV_UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                // Customers and amounts: nothing for a shared cache to keep.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
