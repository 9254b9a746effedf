package io.github.promisekeeper.jira.importer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The CSV files under src/test/resources/import. */
final class Fixtures {

    private Fixtures() {}

    static InputStream file(String path) {
        InputStream in = Fixtures.class.getResourceAsStream("/import/" + path);
        if (in == null) {
            throw new AssertionError("No fixture /import/" + path);
        }
        return in;
    }

    static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
