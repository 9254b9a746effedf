package com.atlassian.jira.issue.context;

/**
 * Stand-in for {@code com.atlassian.jira.issue.context.AbstractJiraContext} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the base class of Jira's custom field contexts; here only as the superclass of {@link GlobalIssueContext}. The plugin calls none of its members.
 * Jira's source declares no constructor (the implicit one is kept here).
 *
 * @see <a href="https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/context/GlobalIssueContext.java">Jira 6.x source: GlobalIssueContext extends AbstractJiraContext</a>
 */
public abstract class AbstractJiraContext implements JiraContextNode {}
