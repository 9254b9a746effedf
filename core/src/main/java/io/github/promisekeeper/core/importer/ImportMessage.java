package io.github.promisekeeper.core.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why something in an import is wrong, before it is placed at a line and column: the i18n key
 * ({@code promise-keeper.import.error.*}), its arguments as text, and the English text the key renders to.
 */
record ImportMessage(String key, String text, List<String> arguments) {

    ImportMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        arguments = List.copyOf(arguments);
    }

    /** Arguments are passed as text so that numbers such as line 1234 render without grouping in any locale. */
    static ImportMessage of(String key, String text, Object... arguments) {
        return new ImportMessage(
                "promise-keeper.import.error." + key,
                text,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    ImportError at(int line, String column) {
        return new ImportError(line, column, text, key, arguments);
    }

    ImportError at(int line, ImportField field) {
        return at(line, field.column());
    }

    /** Thrown by a field parser to reject its text with a message that has a key. */
    static final class Rejected extends IllegalArgumentException {
        private final transient ImportMessage message;

        Rejected(ImportMessage message) {
            super(message.text());
            this.message = message;
        }

        ImportMessage message() {
            return message;
        }
    }
}
