package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.issue.search.SearchResults} from {@code com.atlassian.jira:jira-api} (Jira 11.3): one page of search results.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/search/SearchResults.html">Jira 10.5.0 javadoc of SearchResults</a>
 */
public class SearchResults<T> {

    /** The issues of this page. */
    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** How many issues matched in all. */
    public int getTotal() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
