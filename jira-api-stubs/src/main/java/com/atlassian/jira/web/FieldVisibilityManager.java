package com.atlassian.jira.web;

/**
 * Stand-in for {@code com.atlassian.jira.web.FieldVisibilityManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3): tells whether a field is hidden in an issue's field configuration; a Jira service passed on to {@code ExactTextSearcher}.
 * The plugin calls none of its members.
 *
 * @see <a href="https://github.com/alanmosely/jira-watcher-field-plugin/blob/47ceeb1901a758f4951ebcf41e735a5f0521a470/src/main/java/com/burningcode/jira/issue/customfields/searchers/WatcherSearcher.java">imported as an OSGi service (@ComponentImport) by a plugin built against Jira 10.3.0</a>
 */
public interface FieldVisibilityManager {}
