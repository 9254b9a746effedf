package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.issue.search.SearchResults} from {@code com.atlassian.jira:jira-api} (Jira 11.3): one page of search results.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/search/SearchResults.html">Jira 10.5.0 javadoc of SearchResults</a>
 * @see <a href="https://github.com/masoudnasiri/corbitchat-jira-data-center-messenger/blob/336c5ca35c96e3476d42297bb6e49b5d89d30022/src/main/java/com/corbitlogic/jira/internalmessenger/mobile/rest/CorbitMobileDashboardResource.java">getResults() and getTotal() read by a plugin built against Jira 9.17.5 (older than 10; the latest code found)</a>
 */
public class SearchResults<T> {

    // Jira's public constructors are not declared: the plugin constructs none and none was seen in Jira 10/11
    // code; private so that no constructor Jira lacks is offered (tests mock the class).
    private SearchResults() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The issues of this page. */
    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** How many issues matched in all. */
    public int getTotal() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
