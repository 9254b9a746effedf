package com.atlassian.jira.issue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.IssueConstant} from {@code com.atlassian.jira:jira-api} (Jira 11.3): a named constant of an issue (type, priority, status, resolution).
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/IssueConstant.html">Jira 10.5.0 javadoc of IssueConstant</a>
 */
public interface IssueConstant {

    /** The constant's id. */
    String getId();

    /** The constant's name. */
    String getName();

    /**
     * The constant's description, or {@code null}. Checked on the Jira 7.1.7 javadoc of {@code IssueType}, which
     * lists it among the methods it inherits from {@code IssueConstant}.
     */
    String getDescription();
}
