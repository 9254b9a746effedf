package io.github.promisekeeper.jira.importer.rest;

import io.github.promisekeeper.core.importer.ImportError;
import io.github.promisekeeper.jira.importer.ImportReport;

import java.util.List;
import java.util.Locale;

/** JSON of {@code POST /import}: counts, every error with line and column, and each customer's change. */
record ImportView(boolean dryRun, boolean applied, String format, int created, int updated, int unchanged,
                  List<Error> errors, List<Change> changes) {

    /** One problem of the file; {@code line} counts from 1 (the header), {@code column} is the file's header name. */
    record Error(int line, String column, String message) {
        static Error from(ImportError error) {
            return new Error(error.line(), error.column(), error.message());
        }
    }

    /** What the import does to one customer: create, update or unchanged. */
    record Change(String key, String name, String action) {
        static Change from(ImportReport.CustomerChange change) {
            return new Change(change.key(), change.name(), change.action().name().toLowerCase(Locale.ROOT));
        }
    }

    static ImportView from(ImportReport report) {
        return new ImportView(report.dryRun(), report.applied(), report.layout().id(), report.created(), report.updated(),
                report.unchanged(), report.errors().stream().map(Error::from).toList(),
                report.changes().stream().map(Change::from).toList());
    }
}
