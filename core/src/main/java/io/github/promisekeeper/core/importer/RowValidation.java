package io.github.promisekeeper.core.importer;

import java.util.List;
import java.util.Optional;

/** The outcome of checking one row: the valid row, or every error found in it (never both). */
public record RowValidation(Optional<CustomerRow> row, List<ImportError> errors) {

    public RowValidation {
        errors = List.copyOf(errors);
        if (row.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("A row is either valid or has errors.");
        }
    }
}
