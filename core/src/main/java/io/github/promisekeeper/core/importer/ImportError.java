package io.github.promisekeeper.core.importer;

import java.util.Comparator;
import java.util.Objects;

/** What is wrong in an import, where: line (from 1), column (a field name, or empty for the whole row) and why. */
public record ImportError(int line, String column, String message) {

    public static final Comparator<ImportError> IN_FILE_ORDER =
            Comparator.comparingInt(ImportError::line).thenComparing(ImportError::column).thenComparing(ImportError::message);

    public ImportError {
        Objects.requireNonNull(column, "column");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("An import error needs a message.");
        }
    }

    static ImportError at(int line, ImportField field, String message) {
        return new ImportError(line, field.column(), message);
    }

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
