package io.github.promisekeeper.core.importer;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read one import: the layout (empty: detect it from the header), the date pattern for dates
 * that are not ISO, and the CRM columns that vary by site (annual value, HubSpot's renewal date).
 */
public record ImportOptions(
        Optional<CsvLayout> layout,
        Optional<String> dateFormat,
        Optional<String> valueColumn,
        Optional<String> renewalColumn) {

    public ImportOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(dateFormat, "date format");
        Objects.requireNonNull(valueColumn, "value column");
        Objects.requireNonNull(renewalColumn, "renewal column");
    }

    /** Detect the layout, ISO dates, default columns. */
    public static ImportOptions auto() {
        return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The core format for dates; amounts are normalised to '.' decimals before core sees them.
     *
     * @throws IllegalArgumentException when the date format is not a valid pattern
     */
    public ImportFormat format() {
        return dateFormat.map(pattern -> ImportFormat.of(pattern, '.')).orElseGet(ImportFormat::iso);
    }
}
