package com.atlassian.sal.api;

/**
 * Stand-in for {@code com.atlassian.sal.api.ApplicationProperties} from {@code com.atlassian.sal:sal-api} (Jira 11.3):
 * the application's properties. Only the member the plugin uses is declared.
 *
 * <p>Evidence: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/DefaultAttachmentHelper.java (Jira 11.0) calls getBaseUrl(UrlMode.CANONICAL)
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/DefaultAttachmentHelper.java">DefaultAttachmentHelper.java in Atlassian's Slack app for Jira DC 11.0</a>
 */
public interface ApplicationProperties {

    /** The base URL of the application in {@code urlMode}, without a trailing slash. */
    String getBaseUrl(UrlMode urlMode);
}
