package io.github.promisekeeper.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evidence ledger {@code jira11-evidence.tsv} read into rows, with the rules a row must follow.
 *
 * @param rows the rows in file order
 * @param malformed lines that are not four tab-separated fields, with their line numbers
 */
record EvidenceLedger(List<Row> rows, List<String> malformed) {

    static final String HEADER = "member\tstatus\tevidence\tnote";

    static final Set<String> STATUSES = Set.of("confirmed-11", "confirmed-10", "older-only", "none");

    // A web address, or owner/repo@commit:path with a commit of 8 to 40 hex digits.
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern REPOSITORY_FILE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*@[0-9a-f]{8,40}:\\S+");

    /** One ledger line. */
    record Row(int line, String member, String status, String evidence, String note) {

        /** The evidence entries, split at {@code " ; "}; empty when there is none. */
        List<String> evidenceEntries() {
            return evidence.isBlank() ? List.of() : List.of(evidence.split(" ; ", -1));
        }

        boolean confirmed() {
            return status.startsWith("confirmed-");
        }
    }

    /** The module's ledger file. */
    static Path file() {
        return StandInMembers.classesDirectory().getParent().getParent().resolve("jira11-evidence.tsv");
    }

    static EvidenceLedger read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the lines: {@code #} lines and blank lines are skipped, the header is checked. */
    static EvidenceLedger parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!line.equals(HEADER)) {
                    malformed.add((i + 1) + ": header is not '" + HEADER.replace("\t", "\\t") + "'");
                }
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                malformed.add((i + 1) + ": " + fields.length + " tab-separated fields instead of 4: " + line);
                continue;
            }
            rows.add(new Row(i + 1, fields[0].strip(), fields[1].strip(), fields[2].strip(), fields[3].strip()));
        }
        if (header) {
            malformed.add("no header line");
        }
        return new EvidenceLedger(List.copyOf(rows), List.copyOf(malformed));
    }

    /** Whether one evidence entry has an accepted form. */
    static boolean wellFormedEvidence(String entry) {
        return URL.matcher(entry).matches() || REPOSITORY_FILE.matcher(entry).matches();
    }
}
