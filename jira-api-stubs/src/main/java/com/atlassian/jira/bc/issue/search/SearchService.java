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
 * Only the members the plugin uses are declared. Atlassian's Jira 11 search migration pages name this
 * interface as the entry point that stays for retrieving issues by JQL (with pagination when results may
 * be many); {@code parseQuery} and {@code ParseResult}'s {@code isValid}, {@code getQuery} and constructor
 * are called by Jira 11.0 code; {@code search(ApplicationUser, Query, PagerFilter)} and {@code validateQuery}
 * were not found in code that names its Jira 10/11 version, only in older javadoc and in public code of
 * unknown version.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/bc/issue/search/SearchService.html">Jira 10.5.0 javadoc of SearchService</a>
 * @see <a href="https://confluence.atlassian.com/display/ADMINJIRASERVER/Migrating+from+Lucene+to+Search+API">Migrating from Lucene to Search API (Jira 11): SearchService is the domain-level entry point</a>
 * @see <a href="https://confluence.atlassian.com/adminjiraserver/migrating-lucene-collectors-to-search-api-in-jira-11-1574503383.html">Migrating Lucene collectors to Search API in Jira 11: retrieve matching issues with SearchService, limited or paginated</a>
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/issuefilter/impl/JqlIssueFilter.java">JqlIssueFilter in the Jira Slack integration (Jira 11.0.0): parseQuery, isValid, getQuery</a>
 * @see <a href="https://github.com/masoudnasiri/corbitchat-jira-data-center-messenger/blob/336c5ca35c96e3476d42297bb6e49b5d89d30022/src/main/java/com/corbitlogic/jira/internalmessenger/mobile/rest/CorbitMobileDashboardResource.java">search(user, query, PagerFilter) and searchCount called by a plugin built against Jira 9.17.5 (older than 10; the latest code found)</a>
 */
public interface SearchService {

    /**
     * Searches as {@code searcher}: only issues that user may browse are returned.
     *
     * @throws SearchException when the search cannot run
     */
    @SuppressWarnings("rawtypes") // PagerFilter is raw in Jira's signature
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Parses a JQL string as {@code searcher}; the result says whether it parsed and why not. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Validates a parsed query as {@code searcher}: unknown projects, fields, values or filters they cannot see. */
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    /** The outcome of {@link #parseQuery}. */
    final class ParseResult {

        /**
         * The outcome of parsing: {@code query} ({@code null} when it did not parse) and its {@code errors}.
         * Jira 11.0 code constructs it in tests (the Slack integration's {@code JqlIssueFilterTest}); declared
         * so that no constructor Jira lacks is offered, the plugin constructs none.
         */
        public ParseResult(Query query, MessageSet errors) {
            throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
        }

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
