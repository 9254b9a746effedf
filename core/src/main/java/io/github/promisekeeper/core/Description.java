package io.github.promisekeeper.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a change changed, as data: one {@link Reason} per part (a field, a contract, a setting), written in the
 * reader's language and joined by "; " only when shown. A sibling of {@link Reason} rather than one more key:
 * a change has any number of parts, and a pattern has a fixed number of arguments.
 */
public record Description(List<Reason> parts) {

    public Description {
        parts = List.copyOf(parts);
    }

    public static Description of(Reason... parts) {
        return new Description(List.of(parts));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The text in the language of {@code texts}. */
    public String in(Reason.Texts texts) {
        return parts.stream().map(part -> part.in(texts)).collect(Collectors.joining("; "));
    }

    /** The text in English, as the history stores it for older versions of the app and for logs. */
    public String english() {
        return in(Reason.ENGLISH);
    }

    /** The same description with every reason of {@code key} in it replaced by {@code replacement}. */
    public Description replacing(ReasonKey key, Reason replacement) {
        return new Description(
                parts.stream().map(part -> part.replacing(key, replacement)).toList());
    }
}
