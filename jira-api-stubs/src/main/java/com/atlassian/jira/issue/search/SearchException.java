package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/**
 * Stand-in for {@code com.atlassian.jira.issue.search.SearchException} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a search could not run.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/search/SearchException.html">Jira 10.5.0 javadoc of SearchException</a>
 */
public class SearchException extends JiraException {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public SearchException(String message) {
        super(message);
    }
}
