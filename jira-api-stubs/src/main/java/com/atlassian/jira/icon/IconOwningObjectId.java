package com.atlassian.jira.icon;

/**
 * Stand-in for {@code com.atlassian.jira.icon.IconOwningObjectId} from {@code com.atlassian.jira:jira-api}
 * (Jira 11.3): the id of the object (project, user, issue type) an avatar belongs to.
 *
 * <p>Its constructor stores nothing, so that the plugin's setup can run in tests; no test reads it back.
 * Checked against testit-tms/jira-plugin (built against {@code jira-api} 11.3.6) calling
 * {@code new IconOwningObjectId(String)}; no javadoc page of it could be read from here.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/icon/IconOwningObjectId.html">Jira 10.5.0 javadoc of IconOwningObjectId</a>
 */
public class IconOwningObjectId {

    /** The owner's id as text, such as an issue type's id. */
    public IconOwningObjectId(String id) {
        // Stand-in: keeps nothing.
    }
}
