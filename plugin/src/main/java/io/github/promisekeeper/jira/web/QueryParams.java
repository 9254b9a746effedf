package io.github.promisekeeper.jira.web;

import java.util.Optional;

/** Reading the REST resources' query parameters. */
public final class QueryParams {

    private QueryParams() {
    }

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
}
