package io.github.promisekeeper.preview.demo;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.github.promisekeeper.jira.search.InvalidJqlException;
import io.github.promisekeeper.jira.search.JqlSearch;

import java.util.List;

/**
 * The plugin's {@link JqlSearch} in the preview, which has no JQL engine: checking a JQL text (the epic children
 * template in the settings, say) is refused with a message saying so — a 400 over REST, as for JQL Jira rejects —
 * instead of failing on the missing Jira service. Radar scopes do not come here: {@link ProjectScope} reads them.
 */
public final class PreviewJqlSearch extends JqlSearch {

    static final String NO_JQL_ENGINE =
            "The preview has no JQL engine, so it cannot check this JQL; change it in Jira.";

    public PreviewJqlSearch(SearchService searchService, JiraAuthenticationContext authentication) {
        super(searchService, authentication);
    }

    @Override
    public void check(String jql, String problem) {
        throw new InvalidJqlException(problem, List.of(NO_JQL_ENGINE));
    }

    @Override
    public void checkSyntax(String jql, String problem) {
        throw new InvalidJqlException(problem, List.of(NO_JQL_ENGINE));
    }
}
