package io.github.promisekeeper.jira.panel;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;

import java.util.Map;

/**
 * An issue panel that is both its web panel's context provider and its condition: Jira shows the panel
 * (and its heading) only when {@link #view} has something to say, and renders that same view.
 *
 * <p>Jira asks the condition and then the context provider with the same context map while rendering an
 * issue; the view built for the first is kept in that map for the second, so a panel reads its data
 * once per issue view, not twice. A map that cannot be written to just means building it again.
 */
abstract class IssuePanelProvider implements ContextProvider, Condition {

    private final String memoKey = getClass().getName() + ".view";

    /** What the panel shows for the issue in {@code context}, or {@link IssuePanelView#hidden()}. */
    protected abstract IssuePanelView view(Map<String, Object> context);

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No module parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        return Map.of("view", memoized(context));
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return memoized(context).isVisible();
    }

    private IssuePanelView memoized(Map<String, Object> context) {
        Object issue = context.get("issue");
        if (context.get(memoKey) instanceof Memo memo && memo.issue() == issue) {
            return memo.view();
        }
        IssuePanelView view = view(context);
        try {
            context.put(memoKey, new Memo(issue, view));
        } catch (UnsupportedOperationException readOnly) {
            // Jira handed a read-only context: the next call builds the view again.
        }
        return view;
    }

    /** The view built for one issue object. */
    private record Memo(Object issue, IssuePanelView view) {}
}
