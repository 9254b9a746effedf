package io.github.promisekeeper.core.importer;

import java.util.List;

/**
 * What an import found and did: the layout it read, how many customers it creates, updates or leaves
 * unchanged (per customer, listed in {@code changes}), every error with line and column, and whether it
 * was written ({@code applied}: never on a dry run, never with an error).
 */
public record ImportReport(
        boolean dryRun,
        boolean applied,
        CsvLayout layout,
        int created,
        int updated,
        int unchanged,
        List<ImportError> errors,
        List<CustomerChange> changes) {

    /** What the import does to one customer. */
    public enum Action {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    /** One customer of the file and what happens to it. */
    public record CustomerChange(String key, String name, Action action) {}

    public ImportReport {
        errors = List.copyOf(errors);
        changes = List.copyOf(changes);
    }
}
