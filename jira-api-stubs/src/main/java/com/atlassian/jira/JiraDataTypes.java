package com.atlassian.jira;

/**
 * Stand-in for {@code com.atlassian.jira.JiraDataTypes} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the standard data types. The constants are Jira's own objects at run time; here they exist only to compile.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/JiraDataTypes.html">Jira 10.5.0 javadoc of JiraDataTypes</a>
 */
public final class JiraDataTypes {

    /** Text values. */
    public static final JiraDataType TEXT = null;

    /** Issues (ids or keys). */
    public static final JiraDataType ISSUE = null;

    private JiraDataTypes() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
