package com.atlassian.jira.issue.customfields.searchers;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the searcher behind Jira's exact-text searcher module ({@code =}, {@code !=}, {@code in}, {@code not in} on text values), which a plugin's {@code customfield-searcher} module may name as its class. The plugin names it only in atlassian-plugin.xml and calls none of its members; public plugin code extends it.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/customfields/searchers/ExactTextSearcher.html">Jira 10.5.0 javadoc of ExactTextSearcher</a>
 */
public class ExactTextSearcher {
}
