package io.github.promisekeeper.jira.search;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Builds JQL text safely: every value the plugin puts into a query (customer keys, issue keys, project
 * keys, link descriptions) goes in as a double-quoted JQL string with its quotes, backslashes and control
 * characters escaped, so no value can end its string and add JQL of its own.
 */
public final class JqlText {

    private JqlText() {}

    /** {@code value} as a double-quoted JQL string literal. */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\'' -> quoted.append("\\'");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** {@code ("A", "B")}: the values quoted, for an {@code in} clause. */
    public static String list(Collection<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An 'in' list needs at least one value.");
        }
        return values.stream().map(JqlText::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The JQL name of a custom field by its numeric id: {@code cf[10100]}, immune to renamed or duplicate names. */
    public static String customField(long id) {
        return "cf[" + id + "]";
    }

    /**
     * Whether {@code clause} keeps to itself once wrapped in parentheses: its parentheses balance outside
     * string literals and never close more than they opened, so {@code "a) OR (b"} cannot widen a query
     * it is ANDed into.
     */
    public static boolean isSelfContained(String clause) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && quote == 0;
    }
}
