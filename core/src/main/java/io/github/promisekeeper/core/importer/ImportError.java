package io.github.promisekeeper.core.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What is wrong in an import, where: line (from 1), column (a field name, or empty for the whole row) and why.
 * {@code message} is the English text; {@code key} and {@code arguments}, when there is a key, let the
 * plugin render the same text through i18n ({@code promise-keeper.import.error.*}).
 */
public record ImportError(int line, String column, String message, String key, List<String> arguments) {

    public static final Comparator<ImportError> IN_FILE_ORDER = Comparator.comparingInt(ImportError::line)
            .thenComparing(ImportError::column)
            .thenComparing(ImportError::message);

    public ImportError {
        Objects.requireNonNull(column, "column");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("An import error needs a message.");
        }
        arguments = List.copyOf(arguments);
    }

    /** An error with English text only. */
    public ImportError(int line, String column, String message) {
        this(line, column, message, null, List.of());
    }

    /** An error whose English {@code message} is the rendering of {@code promise-keeper.import.error.<key>} with {@code arguments}. */
    static ImportError of(int line, String column, String key, String message, Object... arguments) {
        return ImportMessage.of(key, message, arguments).at(line, column);
    }

    /** The same error reported under another column name (the file's own header). */
    public ImportError inColumn(String otherColumn) {
        return new ImportError(line, otherColumn, message, key, arguments);
    }

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
