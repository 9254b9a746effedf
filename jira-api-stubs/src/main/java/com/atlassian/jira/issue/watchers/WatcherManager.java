package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.issue.watchers.WatcherManager} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): who watches an issue. Only the member the plugin uses is declared.
 *
 * <p>Evidence: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/PersonalNotificationManager.java (Jira 11.0) calls getWatchersUnsorted(issue)
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/PersonalNotificationManager.java">PersonalNotificationManager.java in Atlassian's Slack app for Jira DC 11.0</a>
 */
public interface WatcherManager {

    /** The issue's watchers, in no particular order. */
    Collection<ApplicationUser> getWatchersUnsorted(Issue issue);
}
