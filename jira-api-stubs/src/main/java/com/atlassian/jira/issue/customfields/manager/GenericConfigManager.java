package com.atlassian.jira.issue.customfields.manager;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.manager.GenericConfigManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): stores custom field configuration; passed on to {@code GenericTextCFType}.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/customfields/manager/GenericConfigManager.html">Jira 10.5.0 javadoc of GenericConfigManager</a>
 */
public interface GenericConfigManager {}
