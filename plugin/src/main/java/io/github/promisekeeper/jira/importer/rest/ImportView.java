package io.github.promisekeeper.jira.importer.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.importer.ImportError;
import io.github.promisekeeper.core.importer.ImportReport;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** JSON of {@code POST /import}: counts, every error with line and column, and each customer's change. */
record ImportView(
        boolean dryRun,
        boolean applied,
        String format,
        int created,
        int updated,
        int unchanged,
        List<Error> errors,
        List<Change> changes) {

    /** One problem of the file; {@code line} counts from 1 (the header), {@code column} is the file's header name. */
    record Error(int line, String column, String message) {
        static Error from(ImportError error, I18nResolver i18n) {
            String message = error.key() == null
                    ? error.message()
                    : i18n.getText(error.key(), error.arguments().toArray(new Serializable[0]));
            return new Error(error.line(), error.column(), message);
        }
    }

    /** What the import does to one customer: create, update or unchanged. */
    record Change(String key, String name, String action) {
        static Change from(ImportReport.CustomerChange change) {
            return new Change(
                    change.key(), change.name(), change.action().name().toLowerCase(Locale.ROOT));
        }
    }

    static ImportView from(ImportReport report, I18nResolver i18n) {
        return new ImportView(
                report.dryRun(),
                report.applied(),
                report.layout().id(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.errors().stream().map(error -> Error.from(error, i18n)).toList(),
                report.changes().stream().map(Change::from).toList());
    }
}
