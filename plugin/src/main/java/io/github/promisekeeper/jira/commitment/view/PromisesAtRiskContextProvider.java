package io.github.promisekeeper.jira.commitment.view;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Gives the Promises at Risk dashboard item's Velocity view its one view object, under the name
 * {@code view}: its texts and the site's today, against which the script draws each promise's timeline.
 */
public class PromisesAtRiskContextProvider implements ContextProvider {

    private final I18nResolver i18n;
    private final Clock siteClock;

    @Inject
    public PromisesAtRiskContextProvider(I18nResolver i18n, Clock siteClock) {
        this.i18n = i18n;
        this.siteClock = siteClock;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No module parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        return Map.of(
                "view",
                new PromisesAtRiskView(
                        LocalDate.now(siteClock),
                        i18n.getText("promise-keeper.promises.title"),
                        i18n.getText("promise-keeper.promises.loading")));
    }
}
