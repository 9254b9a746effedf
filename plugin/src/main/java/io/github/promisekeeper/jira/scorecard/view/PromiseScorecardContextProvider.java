package io.github.promisekeeper.jira.scorecard.view;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;

import java.util.Map;

/** Gives the Promise Scorecard dashboard item's Velocity view its one view object, under the name {@code view}. */
public class PromiseScorecardContextProvider implements ContextProvider {

    private final I18nResolver i18n;

    @Inject
    public PromiseScorecardContextProvider(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No module parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        return Map.of(
                "view",
                new PromiseScorecardView(
                        i18n.getText("promise-keeper.scorecard.title"),
                        i18n.getText("promise-keeper.scorecard.loading")));
    }
}
