package com.atlassian.jira.issue.index;

import com.atlassian.jira.JiraException;

/**
 * Stand-in for {@code com.atlassian.jira.issue.index.IndexException} from {@code com.atlassian.jira:jira-api} (Jira 11.3): re-indexing failed.
 * Only the members the plugin uses are declared. Its superclass is {@link JiraException}, as the javadoc of
 * {@code JiraException} lists it among its direct subclasses (the developer.atlassian.com javadoc below).
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/index/IndexException.html">Jira 10.5.0 javadoc of IndexException</a>
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/JiraException.html">JiraException and its direct subclasses (developer.atlassian.com javadoc, Jira 6 era)</a>
 */
public class IndexException extends JiraException {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public IndexException(String message) {
        super(message);
    }
}
