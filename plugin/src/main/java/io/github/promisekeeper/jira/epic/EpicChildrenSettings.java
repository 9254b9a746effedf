package io.github.promisekeeper.jira.epic;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Supplier;

/** The epic children query an admin chose, kept in the cluster-wide plugin settings; Jira Software's by default. */
public class EpicChildrenSettings implements Supplier<EpicChildrenQuery> {

    static final String TEMPLATE = "io.github.promisekeeper.epic.childrenJql";
    static final String EPIC_FIELD = "io.github.promisekeeper.epic.epicField";

    private static final Logger LOG = LoggerFactory.getLogger(EpicChildrenSettings.class);

    private final PluginSettingsFactory settingsFactory;

    public EpicChildrenSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory, "settingsFactory");
    }

    @Override
    public EpicChildrenQuery get() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        if (!(settings.get(TEMPLATE) instanceof String template)
                || !(settings.get(EPIC_FIELD) instanceof String field)) {
            return EpicChildrenQuery.jiraSoftware();
        }
        try {
            return new EpicChildrenQuery(template, field);
        } catch (IllegalArgumentException e) {
            LOG.warn("Stored epic children query is unusable ({}); using Jira Software's.", e.getMessage());
            return EpicChildrenQuery.jiraSoftware();
        }
    }

    public void save(EpicChildrenQuery query) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        settings.put(TEMPLATE, query.template());
        settings.put(EPIC_FIELD, query.epicFieldName());
    }
}
