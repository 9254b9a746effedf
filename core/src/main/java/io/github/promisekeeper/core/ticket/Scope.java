package io.github.promisekeeper.core.ticket;

import java.util.Locale;
import java.util.Objects;

/**
 * Which tickets a radar looks at: all of them, one project, a saved filter or a JQL clause. Core only
 * carries the scope; the Jira adapter applies it (and only ever returns tickets the viewer may open).
 */
public record Scope(Kind kind, String value) {

    public enum Kind {
        ALL,
        PROJECT,
        FILTER,
        JQL
    }

    public Scope {
        Objects.requireNonNull(kind, "scope kind");
        if (kind == Kind.ALL) {
            value = "";
        } else if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + kind.name().toLowerCase(Locale.ROOT) + " scope needs a value.");
        }
    }

    public static Scope all() {
        return new Scope(Kind.ALL, "");
    }

    public static Scope project(String projectKey) {
        return new Scope(Kind.PROJECT, projectKey);
    }

    public static Scope filter(long filterId) {
        return new Scope(Kind.FILTER, Long.toString(filterId));
    }

    public static Scope jql(String clause) {
        return new Scope(Kind.JQL, clause);
    }
}
