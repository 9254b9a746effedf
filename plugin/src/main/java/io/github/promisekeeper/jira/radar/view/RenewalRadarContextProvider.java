package io.github.promisekeeper.jira.radar.view;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;

import java.util.Map;

/** Gives the Renewal Radar dashboard item's Velocity view its one view object, under the name {@code view}. */
public class RenewalRadarContextProvider implements ContextProvider {

    static final int DEFAULT_DAYS = 90;

    private final I18nResolver i18n;

    @Inject
    public RenewalRadarContextProvider(I18nResolver i18n) {
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
                new RenewalRadarView(
                        DEFAULT_DAYS,
                        i18n.getText("promise-keeper.radar.title"),
                        i18n.getText("promise-keeper.radar.loading")));
    }
}
