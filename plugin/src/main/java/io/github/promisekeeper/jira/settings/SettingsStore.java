package io.github.promisekeeper.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.permission.AccessGroupsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps {@link PromiseKeeperSettings} in SAL's global plugin settings, which Jira stores in its database
 * and shares across the cluster: every node reads the same values, nothing is cached on a node. Values
 * are plain strings under namespaced keys; an unreadable stored value falls back to its default.
 */
public class SettingsStore implements AccessGroupsSource {

    static final String PREFIX = "io.github.promisekeeper.settings.";
    static final String DEFAULT_DAYS = PREFIX + "defaultDays";
    static final String BASIS = PREFIX + "basis";
    static final String REPORTING_CURRENCY = PREFIX + "reportingCurrency";
    static final String RATES = PREFIX + "rates";
    static final String READER_GROUPS = PREFIX + "readerGroups";
    static final String FINANCE_GROUPS = PREFIX + "financeGroups";
    static final String EDITOR_GROUPS = PREFIX + "editorGroups";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final PluginSettingsFactory settingsFactory;

    public SettingsStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory, "settings factory");
    }

    public PromiseKeeperSettings current() {
        PluginSettings stored = settingsFactory.createGlobalSettings();
        PromiseKeeperSettings defaults = PromiseKeeperSettings.defaults();
        try {
            return new PromiseKeeperSettings(
                    text(stored, DEFAULT_DAYS).map(Integer::parseInt).orElse(defaults.defaultDays()),
                    text(stored, BASIS).map(WindowBasis::valueOf).orElse(defaults.basis()),
                    text(stored, REPORTING_CURRENCY).orElse(defaults.reportingCurrency()),
                    text(stored, RATES).map(SettingsStore::rates).orElse(defaults.rates()),
                    new AccessGroups(
                            text(stored, READER_GROUPS)
                                    .map(SettingsStore::groups)
                                    .orElse(defaults.groups().readerGroups()),
                            text(stored, FINANCE_GROUPS)
                                    .map(SettingsStore::groups)
                                    .orElse(defaults.groups().financeGroups()),
                            text(stored, EDITOR_GROUPS)
                                    .map(SettingsStore::groups)
                                    .orElse(defaults.groups().editorGroups())));
        } catch (RuntimeException e) {
            LOG.warn("Stored Promise Keeper settings are unreadable ({}); using the defaults.", e.getMessage());
            return defaults;
        }
    }

    public void save(PromiseKeeperSettings settings) {
        PluginSettings stored = settingsFactory.createGlobalSettings();
        stored.put(DEFAULT_DAYS, Integer.toString(settings.defaultDays()));
        stored.put(BASIS, settings.basis().name());
        stored.put(REPORTING_CURRENCY, settings.reportingCurrency());
        stored.put(
                RATES,
                settings.rates().entrySet().stream()
                        .map(rate -> rate.getKey() + "=" + rate.getValue().toPlainString())
                        .collect(Collectors.joining(",")));
        stored.put(READER_GROUPS, String.join("\n", settings.groups().readerGroups()));
        stored.put(FINANCE_GROUPS, String.join("\n", settings.groups().financeGroups()));
        stored.put(EDITOR_GROUPS, String.join("\n", settings.groups().editorGroups()));
    }

    @Override
    public AccessGroups accessGroups() {
        return current().groups();
    }

    private static Optional<String> text(PluginSettings settings, String key) {
        return settings.get(key) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    private static Map<String, BigDecimal> rates(String text) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (!pair.isBlank()) {
                String[] parts = pair.split("=", 2);
                rates.put(parts[0].strip(), new BigDecimal(parts[1].strip()));
            }
        }
        return rates;
    }

    /** Group names never contain line breaks, so one per line. */
    private static Set<String> groups(String text) {
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }
}
