package com.atlassian.jira.icon;

/**
 * Stand-in for {@code com.atlassian.jira.icon.IconType} from {@code com.atlassian.jira:jira-api} (Jira 11.3):
 * what kind of object an avatar belongs to. Only the constant the plugin uses is declared.
 *
 * <p>The constant is built with a private constructor when the class loads, so that tests can pass it to
 * mocks; nothing else is declared (the real class also has {@code of(String)}, {@code getKey()} and value
 * equality over its key).
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/icon/IconType.html">Jira 10.5.0 javadoc of IconType</a>
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/icon/IconType.html">the javadoc published as latest (Jira 7), where it was checked</a>
 */
public class IconType {

    /** Icons of issue types. */
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {}
}
