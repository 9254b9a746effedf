package io.github.promisekeeper.stubs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the evidence ledger {@code jira11-evidence.tsv} against the compiled stand-ins: one row per
 * stand-in type and member, each with a known status, and Jira 10/11 evidence behind every
 * {@code confirmed-*} row. Writes {@code target/jira11-evidence-missing.tsv} (rows for the members that have
 * none, status {@code none}) so that adding a stand-in ends in copying those rows into the ledger.
 */
class EvidenceLedgerTest {

    private static TreeSet<String> members;
    private static EvidenceLedger ledger;

    @BeforeAll
    static void readBoth() throws IOException {
        members = StandInMembers.of(StandInMembers.classesDirectory());
        ledger = EvidenceLedger.read(EvidenceLedger.file());
        writeMissingRows();
        printCounts();
    }

    @Test
    void everyLineIsAWellFormedRow() {
        assertThat(ledger.malformed()).as("malformed ledger lines").isEmpty();
    }

    @Test
    void everyStandInMemberHasARow() {
        Set<String> named =
                ledger.rows().stream().map(EvidenceLedger.Row::member).collect(Collectors.toSet());
        List<String> missing =
                members.stream().filter(member -> !named.contains(member)).toList();
        assertThat(missing)
                .as("stand-in members without a ledger row (rows to copy are in target/jira11-evidence-missing.tsv)")
                .isEmpty();
    }

    @Test
    void everyRowNamesAStandInMember() {
        List<String> unknown = ledger.rows().stream()
                .filter(row -> !members.contains(row.member()))
                .map(row -> row.line() + ": " + row.member())
                .toList();
        assertThat(unknown).as("ledger rows naming a member no stand-in has").isEmpty();
    }

    @Test
    void noMemberHasTwoRows() {
        Set<String> seen = new HashSet<>();
        List<String> twice = ledger.rows().stream()
                .filter(row -> !seen.add(row.member()))
                .map(row -> row.line() + ": " + row.member())
                .toList();
        assertThat(twice).as("members with more than one row").isEmpty();
    }

    @Test
    void everyStatusIsKnownAndEveryConfirmationHasEvidence() {
        List<String> wrong = new ArrayList<>();
        for (EvidenceLedger.Row row : ledger.rows()) {
            if (!EvidenceLedger.STATUSES.contains(row.status())) {
                wrong.add(row.line() + ": unknown status '" + row.status() + "'");
            } else if (row.confirmed() && row.evidenceEntries().isEmpty()) {
                wrong.add(row.line() + ": " + row.status() + " without evidence: " + row.member());
            }
        }
        assertThat(wrong)
                .as("rows with an unknown status or an unproven confirmation")
                .isEmpty();
    }

    @Test
    void everyEvidenceEntryIsAUrlOrARepositoryFileAtACommit() {
        List<String> wrong = new ArrayList<>();
        for (EvidenceLedger.Row row : ledger.rows()) {
            for (String entry : row.evidenceEntries()) {
                if (!EvidenceLedger.wellFormedEvidence(entry)) {
                    wrong.add(row.line() + ": '" + entry + "'");
                }
            }
        }
        assertThat(wrong)
                .as("evidence that is neither a URL nor owner/repo@commit:path")
                .isEmpty();
    }

    private static void writeMissingRows() throws IOException {
        Set<String> named =
                ledger.rows().stream().map(EvidenceLedger.Row::member).collect(Collectors.toSet());
        List<String> lines = new ArrayList<>();
        lines.add(EvidenceLedger.HEADER);
        members.stream()
                .filter(member -> !named.contains(member))
                .map(member -> member + "\tnone\t\t")
                .forEach(lines::add);
        Path target = StandInMembers.classesDirectory().getParent();
        Files.write(target.resolve("jira11-evidence-missing.tsv"), lines, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(members);
        all.addFirst("member");
        Files.write(target.resolve("jira11-evidence-members.txt"), all, StandardCharsets.UTF_8);
    }

    // The README states these counts; printing them keeps that statement one test run away.
    private static void printCounts() {
        Map<String, Long> counts = new TreeMap<>(ledger.rows().stream()
                .collect(Collectors.groupingBy(EvidenceLedger.Row::status, Collectors.counting())));
        System.out.println("jira11-evidence.tsv: " + ledger.rows().size() + " rows, " + members.size()
                + " stand-in members; per status " + counts);
    }
}
