package io.github.promisekeeper.jira.descriptor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The i18n file holds ASCII only, other characters as {@code \\uXXXX} escapes: read as ISO-8859-1 (as
 * {@link java.util.Properties#load(InputStream)} and older readers do) or as UTF-8, it then gives the same texts; a
 * raw "…" written in UTF-8 shows as "â€¦" to an ISO-8859-1 reader.
 */
class I18nFileEncodingTest {

    @Test
    void theI18nFileIsAsciiWithEscapesForOtherCharacters() throws IOException {
        byte[] file;
        try (InputStream in = I18nFileEncodingTest.class.getResourceAsStream("/i18n/promise-keeper.properties")) {
            file = in.readAllBytes();
        }
        List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
        List<String> notAscii = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(lines.get(i))) {
                notAscii.add((i + 1) + ": " + lines.get(i));
            }
        }

        assertThat(notAscii).as("lines with characters outside ASCII").isEmpty();
    }
}
