package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Stand-in for {@code com.atlassian.jira.bc.issue.search.SearchService} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the domain-level issue search; results honour the searcher's permissions.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/bc/issue/search/SearchService.html">Jira 10.5.0 javadoc of SearchService</a>
 */
public interface SearchService {

    /**
     * Searches as {@code searcher}: only issues that user may browse are returned.
     *
     * @throws SearchException when the search cannot run
     */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Parses a JQL string as {@code searcher}; the result says whether it parsed and why not. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Validates a parsed query as {@code searcher}: unknown projects, fields, values or filters they cannot see. */
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    /** The outcome of {@link #parseQuery}. */
    final class ParseResult {

        /** The parsed query, or {@code null} when it did not parse. */
        public Query getQuery() {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }

        /** The parse errors. */
        public MessageSet getErrors() {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }

        /** Whether the string parsed. */
        public boolean isValid() {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }
    }
}
