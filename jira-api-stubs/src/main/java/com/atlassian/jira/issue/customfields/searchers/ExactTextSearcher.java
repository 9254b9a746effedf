package com.atlassian.jira.issue.customfields.searchers;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper;
import com.atlassian.jira.jql.operand.JqlOperandResolver;
import com.atlassian.jira.web.FieldVisibilityManager;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher} from {@code com.atlassian.jira:jira-api} (Jira 11.3): Jira's exact-text searcher ({@code =}, {@code !=}, {@code in}, {@code not in} on the stored text). A plugin's {@code customfield-searcher} module cannot name this class directly (the plugin's class loader must load it and Jira's Spring context must build it), so plugins extend it with their own class and pass on its three collaborators, as the plugin's {@code CustomerFieldSearcher} does.
 * Only the members the plugin uses are declared; the constructor keeps nothing here (Jira keeps its collaborators), so that the plugin's subclass can be created where Jira would create it.
 *
 * @see <a href="https://github.com/alanmosely/jira-watcher-field-plugin/blob/47ceeb1901a758f4951ebcf41e735a5f0521a470/src/main/java/com/burningcode/jira/issue/customfields/searchers/WatcherSearcher.java">WatcherSearcher of a plugin built against Jira 10.3.0, extending ExactTextSearcher with this constructor</a>
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/searchers/ExactTextSearcher.html">Jira 7 "server" javadoc of ExactTextSearcher (superclass, constructor)</a>
 */
public class ExactTextSearcher extends AbstractInitializationCustomFieldSearcher implements CustomFieldSearcher {

    /** Jira's three collaborators, in Jira's order. */
    public ExactTextSearcher(
            JqlOperandResolver jqlOperandResolver,
            CustomFieldInputHelper customFieldInputHelper,
            FieldVisibilityManager fieldVisibilityManager) {
        // Jira keeps the collaborators; a stand-in has nothing to keep.
    }
}
