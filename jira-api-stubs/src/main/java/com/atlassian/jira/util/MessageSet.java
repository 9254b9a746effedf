package com.atlassian.jira.util;

import java.util.Set;

/**
 * Stand-in for {@code com.atlassian.jira.util.MessageSet} from {@code com.atlassian.jira:jira-api} (Jira 11.3): errors and warnings of a validation.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/util/MessageSet.html">Jira 10.5.0 javadoc of MessageSet</a>
 */
public interface MessageSet {

    /** The error messages, in the user's language. */
    Set<String> getErrorMessages();

    /** Whether there is at least one error. */
    boolean hasAnyErrors();

    /** Adds an error message. */
    void addErrorMessage(String errorMessage);
}
