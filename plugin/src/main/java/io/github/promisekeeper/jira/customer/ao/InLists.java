package io.github.promisekeeper.jira.customer.ao;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL {@code IN} lists for many values, cut into chunks that stay under Oracle's 1,000-item {@code IN} list
 * and SQL Server's 2,100 parameters.
 */
final class InLists {

    private static final int CHUNK = 500;

    private InLists() {}

    /** The values in chunks of at most 500, in their order. */
    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < values.size(); start += CHUNK) {
            chunks.add(values.subList(start, Math.min(values.size(), start + CHUNK)));
        }
        return chunks;
    }

    /** {@code COLUMN IN (?, ?, …)} with one placeholder per value of {@code chunk}. */
    static String in(String column, List<?> chunk) {
        return column + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
    }
}
