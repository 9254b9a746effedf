package com.atlassian.jira.issue.context;

/**
 * Stand-in for {@code com.atlassian.jira.issue.context.GlobalIssueContext} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the context of every project. Public plugin code passes {@code List.of(GlobalIssueContext.getInstance())} as the contexts of {@code CustomFieldManager.createCustomField}.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/context/GlobalIssueContext.html">Jira 10.5.0 javadoc of GlobalIssueContext</a>
 */
public class GlobalIssueContext implements JiraContextNode {

    /** The global context. */
    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
