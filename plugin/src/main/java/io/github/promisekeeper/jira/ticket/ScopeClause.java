package io.github.promisekeeper.jira.ticket;

import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.search.InvalidJqlException;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.search.JqlText;
import io.github.promisekeeper.jira.web.LocalizedText;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a radar or scorecard {@link Scope} into a JQL clause, checked with Jira's parser and validator as the viewer.
 */
public final class ScopeClause {

    private static final Pattern FILTER_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private ScopeClause() {}

    /**
     * The clause to AND into a query, or empty for {@link Scope.Kind#ALL}.
     *
     * @throws InvalidScopeException with Jira's messages when the scope is not a query this viewer can run
     */
    public static Optional<String> of(Scope scope, JqlSearch search) {
        String clause = switch (scope.kind()) {
            case ALL -> null;
            case PROJECT -> "project = " + JqlText.quote(scope.value().strip());
            case FILTER -> {
                if (!FILTER_ID.matcher(scope.value().strip()).matches()) {
                    throw new InvalidScopeException(
                            LocalizedText.of(
                                    "promise-keeper.rest.error.scope.filter",
                                    "The filter '" + scope.value() + "' is not a filter id.",
                                    scope.value()),
                            List.of());
                }
                yield "filter = " + scope.value().strip();
            }
            case JQL -> {
                if (!JqlText.isSelfContained(scope.value())) {
                    throw new InvalidScopeException(
                            LocalizedText.of(
                                    "promise-keeper.rest.error.scope.unbalanced",
                                    "The JQL scope has unbalanced parentheses or quotes."),
                            List.of());
                }
                yield scope.value().strip();
            }
        };
        if (clause == null) {
            return Optional.empty();
        }
        try {
            search.check(clause, "The scope is not a query Jira accepts.");
        } catch (InvalidScopeException e) {
            throw e;
        } catch (InvalidJqlException e) {
            throw new InvalidScopeException(
                    LocalizedText.of("promise-keeper.rest.error.scope.jql", "The scope is not a query Jira accepts."),
                    e.messages());
        }
        return Optional.of("(" + clause + ")");
    }
}
