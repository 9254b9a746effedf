package com.atlassian.jira.issue.index;

/**
 * Stand-in for {@code com.atlassian.jira.issue.index.IndexException} from {@code com.atlassian.jira:jira-api} (Jira 11.3): re-indexing failed.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/index/IndexException.html">Jira 10.5.0 javadoc of IndexException</a>
 */
public class IndexException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public IndexException(String message) {
        super(message);
    }
}
