package io.github.promisekeeper.jira.mail;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.promisekeeper.core.mail.DigestSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps {@link MailSettings} in SAL's global plugin settings beside the site's other settings (shared by every
 * node, nothing cached on one). An unreadable stored value falls back to the defaults, with a warning.
 */
public class MailSettingsStore {

    static final String PREFIX = "io.github.promisekeeper.settings.mail.";
    static final String DIGEST_DAY = PREFIX + "digestDay";
    static final String DIGEST_HOUR = PREFIX + "digestHour";
    static final String IMMEDIATE_DEFAULT = PREFIX + "immediateByDefault";
    static final String DIGEST_DEFAULT = PREFIX + "digestByDefault";
    static final String TIER_GROUPS = PREFIX + "tierGroups";

    private static final Logger LOG = LoggerFactory.getLogger(MailSettingsStore.class);

    private final PluginSettingsFactory settingsFactory;

    public MailSettingsStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory, "settings factory");
    }

    public MailSettings current() {
        PluginSettings stored = settingsFactory.createGlobalSettings();
        MailSettings defaults = MailSettings.defaults();
        try {
            return new MailSettings(
                    new DigestSchedule(
                            text(stored, DIGEST_DAY)
                                    .map(DayOfWeek::valueOf)
                                    .orElse(defaults.digest().day()),
                            text(stored, DIGEST_HOUR)
                                    .map(Integer::parseInt)
                                    .orElse(defaults.digest().hour())),
                    text(stored, IMMEDIATE_DEFAULT).map(Boolean::parseBoolean).orElse(defaults.immediateByDefault()),
                    text(stored, DIGEST_DEFAULT).map(Boolean::parseBoolean).orElse(defaults.digestByDefault()),
                    text(stored, TIER_GROUPS).map(MailSettingsStore::tierGroups).orElse(defaults.tierGroups()));
        } catch (RuntimeException e) {
            LOG.warn("Stored Promise Keeper mail settings are unreadable ({}); using the defaults.", e.getMessage());
            return defaults;
        }
    }

    public void save(MailSettings settings) {
        PluginSettings stored = settingsFactory.createGlobalSettings();
        stored.put(DIGEST_DAY, settings.digest().day().name());
        stored.put(DIGEST_HOUR, Integer.toString(settings.digest().hour()));
        stored.put(IMMEDIATE_DEFAULT, Boolean.toString(settings.immediateByDefault()));
        stored.put(DIGEST_DEFAULT, Boolean.toString(settings.digestByDefault()));
        stored.put(TIER_GROUPS, text(settings.tierGroups()));
    }

    /** One tier a line: {@code tier=group1,group2} (neither holds a line break; tiers hold no '=', groups no ','). */
    static String text(Map<String, Set<String>> tierGroups) {
        return tierGroups.entrySet().stream()
                .map(tier -> tier.getKey() + "=" + String.join(",", tier.getValue()))
                .collect(Collectors.joining("\n"));
    }

    static Map<String, Set<String>> tierGroups(String text) {
        Map<String, Set<String>> tiers = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("=", 2);
                tiers.put(
                        parts[0].strip(),
                        Arrays.stream(parts.length > 1 ? parts[1].split(",") : new String[0])
                                .map(String::strip)
                                .filter(name -> !name.isEmpty())
                                .collect(Collectors.toSet()));
            }
        }
        return tiers;
    }

    private static Optional<String> text(PluginSettings settings, String key) {
        return settings.get(key) instanceof String value ? Optional.of(value) : Optional.empty();
    }
}
