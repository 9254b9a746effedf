package com.atlassian.jira;

/**
 * Stand-in for {@code com.atlassian.jira.JiraException} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the root of Jira's checked exceptions.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/JiraException.html">Jira 10.5.0 javadoc of JiraException</a>
 */
public class JiraException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the detail message */
    public JiraException(String message) {
        super(message);
    }
}
