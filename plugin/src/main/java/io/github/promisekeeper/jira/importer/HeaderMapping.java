package io.github.promisekeeper.jira.importer;

import io.github.promisekeeper.core.importer.ImportField;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which column of one file's header carries which field, for one layout, and which required columns
 * the header lacks.
 */
record HeaderMapping(CsvLayout layout, int headerCount, Map<ImportField, Integer> indexOf, Map<ImportField, String> headerOf,
                     Set<String> missing) {

    static HeaderMapping of(CsvLayout layout, List<String> header, ImportOptions options) {
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
    String columnOf(ImportField field) {
        return headerOf.getOrDefault(field, field.column());
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
