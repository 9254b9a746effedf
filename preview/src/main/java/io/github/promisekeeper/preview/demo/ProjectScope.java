package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.ticket.InvalidScopeException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The radar scopes the preview understands, having no JQL engine: everything, a project, or a JQL clause of the
 * form {@code project = KEY} or {@code project in (KEY, KEY)} (keys optionally quoted, keywords in any case).
 * Any other scope is refused as Jira refuses JQL it cannot run, which the REST API answers with a 400.
 */
final class ProjectScope {

    private static final String KEY = "\"?([A-Za-z][A-Za-z0-9_]*)\"?";
    private static final Pattern EQUALS = Pattern.compile("(?i)\\s*project\\s*=\\s*" + KEY + "\\s*");
    private static final Pattern IN = Pattern.compile("(?i)\\s*project\\s+in\\s*\\(([^)]*)\\)\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*" + KEY + "\\s*");

    private ProjectScope() {}

    /** Which projects' tickets {@code scope} selects. @throws InvalidScopeException for a scope the preview cannot run */
    static Predicate<String> of(Scope scope) {
        return switch (scope.kind()) {
            case ALL -> project -> true;
            case PROJECT -> Set.of(scope.value().toUpperCase(Locale.ROOT))::contains;
            case FILTER -> throw refused("Saved filters need Jira; the preview has none.");
            case JQL -> Set.copyOf(projects(scope.value()))::contains;
        };
    }

    private static List<String> projects(String jql) {
        Matcher equals = EQUALS.matcher(jql);
        if (equals.matches()) {
            return List.of(equals.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher in = IN.matcher(jql);
        if (in.matches()) {
            List<String> keys = new ArrayList<>();
            for (String item : in.group(1).split(",")) {
                Matcher key = LIST_ITEM.matcher(item);
                if (!key.matches()) {
                    throw refused("'" + item.strip() + "' is not a project key.");
                }
                keys.add(key.group(1).toUpperCase(Locale.ROOT));
            }
            return keys;
        }
        throw refused("The preview understands only 'project = KEY' or 'project in (KEY, ...)', not '" + jql + "'.");
    }

    private static InvalidScopeException refused(String message) {
        return new InvalidScopeException(
                message,
                List.of(message + " Demo projects: "
                        + DemoTicketTable.PROJECTS.stream().collect(Collectors.joining(", ")) + "."));
    }
}
