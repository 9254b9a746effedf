package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.searchers.AbstractInitializationCustomFieldSearcher} from {@code com.atlassian.jira:jira-api} (Jira 11.3): the base class of Jira's custom field searchers, which keeps the module descriptor Jira initialises a searcher with. Declared here only as the superclass of {@link ExactTextSearcher}; the plugin calls none of its members.
 * Jira's source declares no constructor (the implicit one is kept here).
 *
 * @see <a href="https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/customfield/epiccolor/package-tree.html">Jira Software 11.1.0-m0011 class hierarchy: AbstractInitializationCustomFieldSearcher implements CustomFieldSearcher</a>
 */
public abstract class AbstractInitializationCustomFieldSearcher implements CustomFieldSearcher {}
