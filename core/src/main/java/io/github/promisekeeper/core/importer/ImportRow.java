package io.github.promisekeeper.core.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One row of an import, whatever its file format: its line number and its fields by name, blank ones absent. */
public record ImportRow(int line, Map<ImportField, String> fields) {

    public ImportRow {
        if (line < 1) {
            throw new IllegalArgumentException("Lines count from 1, not " + line + ".");
        }
        EnumMap<ImportField, String> trimmed = new EnumMap<>(ImportField.class);
        fields.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                trimmed.put(field, value.strip());
            }
        });
        fields = Collections.unmodifiableMap(trimmed);
    }

    public String get(ImportField field) {
        return fields.get(field);
    }
}
