package com.atlassian.jira.issue.context;

/**
 * Stand-in for {@code com.atlassian.jira.issue.context.GlobalIssueContext} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the context of every project. Public plugin code passes {@code List.of(GlobalIssueContext.getInstance())} as the contexts of {@code CustomFieldManager.createCustomField}.
 * Only the members the plugin uses are declared; like Jira's, its no-argument constructor is private (the one instance comes from {@link #getInstance()}).
 * {@code getInstance()} returns {@link JiraContextNode} in Jira's own source (6.1 onwards); its return type is not confirmed for Jira 10/11.
 *
 * @see <a href="https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/context/GlobalIssueContext.java">Jira 6.x source of GlobalIssueContext</a>
 */
public class GlobalIssueContext extends AbstractJiraContext {

    private GlobalIssueContext() {}

    /** The global context. */
    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
