package io.github.promisekeeper.jira.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reading the REST resources' query parameters. */
public final class QueryParams {

    private QueryParams() {}

    /**
     * {@code text} as a whole number from {@code min} to {@code max}; {@code fallback} when absent or blank;
     * empty when it is not a number or out of range (the caller answers 400 with its own message).
     */
    public static Optional<Integer> whole(String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return Optional.of(fallback);
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value < min || value > max ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The comma-separated items of {@code text}, each stripped, blanks left out; none when absent. */
    public static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
