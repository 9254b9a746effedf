package io.github.promisekeeper.core.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which column of one file's header carries which field, for one layout, and which required columns
 * the header lacks.
 */
public record HeaderMapping(
        CsvLayout layout,
        int headerCount,
        Map<ImportField, Integer> indexOf,
        Map<ImportField, String> headerOf,
        Set<String> missing) {

    public static HeaderMapping of(CsvLayout layout, List<String> header, ImportOptions options) {
        Map<ImportField, Integer> indexOf = new EnumMap<>(ImportField.class);
        Map<ImportField, String> headerOf = new EnumMap<>(ImportField.class);
        Set<String> missing = new TreeSet<>();
        layout.columns(options).forEach((field, names) -> {
            for (String name : names) {
                int index = indexOf(header, name);
                if (index >= 0) {
                    indexOf.put(field, index);
                    headerOf.put(field, header.get(index).strip().replace("\uFEFF", ""));
                    return;
                }
            }
            if (layout.requiredColumns().contains(field)) {
                missing.add(names.get(0));
            }
        });
        return new HeaderMapping(layout, header.size(), Map.copyOf(indexOf), Map.copyOf(headerOf), Set.copyOf(missing));
    }

    /** The column name errors about {@code field} report: the file's header, else the field's own name. */
    public String columnOf(ImportField field) {
        return headerOf.getOrDefault(field, field.column());
    }

    /** An error on the header line for each required column the header lacks. */
    public List<ImportError> missingColumns() {
        return missing.stream()
                .map(column -> ImportError.of(
                        1, column, "missing-column", "the " + layout.id() + " layout needs this column", layout.id()))
                .toList();
    }

    private static int indexOf(List<String> header, String name) {
        String wanted = CsvLayout.normalize(name);
        for (int i = 0; i < header.size(); i++) {
            if (CsvLayout.normalize(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
