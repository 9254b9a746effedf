package io.github.promisekeeper.jira.alert;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.alert.AlertSettings;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.settings.SettingsDescriptions;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the slip check's settings (the time it runs, the notice days N) and the administrator it searches as in
 * SAL's global plugin settings, shared by the cluster; every change is recorded in the {@link SettingsHistory} in
 * the same transaction. An unreadable stored value falls back to the defaults. It also keeps the site-local day of
 * the last scheduled check that ran, which is the {@link SlipCheckJob}'s state rather than a setting (not recorded in
 * the history).
 */
public class AlertSettingsStore {

    static final String PREFIX = "io.github.promisekeeper.alerts.";
    static final String CHECK_AT = PREFIX + "checkAt";
    static final String NOTICE_DAYS = PREFIX + "noticeDays";
    static final String RUN_AS = PREFIX + "runAs";
    static final String LAST_SCHEDULED_CHECK = PREFIX + "lastScheduledCheck";

    private static final Logger LOG = LoggerFactory.getLogger(AlertSettingsStore.class);

    private final PluginSettingsFactory settingsFactory;
    private final SettingsHistory history;

    public AlertSettingsStore(PluginSettingsFactory settingsFactory, SettingsHistory history) {
        this.settingsFactory = Objects.requireNonNull(settingsFactory, "settings factory");
        this.history = Objects.requireNonNull(history, "history");
    }

    public AlertSettings current() {
        PluginSettings stored = settingsFactory.createGlobalSettings();
        try {
            return new AlertSettings(
                    text(stored, CHECK_AT).map(LocalTime::parse).orElse(AlertSettings.DEFAULTS.checkAt()),
                    text(stored, NOTICE_DAYS).map(Integer::parseInt).orElse(AlertSettings.DEFAULTS.noticeDays()));
        } catch (RuntimeException e) {
            LOG.warn("Stored slip alert settings are unreadable ({}); using the defaults.", e.getMessage());
            return AlertSettings.DEFAULTS;
        }
    }

    /** The key of the administrator the scheduled check searches as, if one was recorded. */
    public Optional<String> runAs() {
        return text(settingsFactory.createGlobalSettings(), RUN_AS);
    }

    /**
     * Stores {@code settings} and {@code runAsUserKey} (the administrator saving them), recording what changed;
     * answers whether anything did.
     */
    public boolean save(AlertSettings settings, String runAsUserKey, Change change) {
        AlertSettings before = current();
        Optional<String> runAsBefore = runAs();
        List<Reason> changed = new ArrayList<>();
        SettingsDescriptions.field(changed, ReasonKey.SETTINGS_CHECK_TIME, before.checkAt(), settings.checkAt());
        SettingsDescriptions.field(
                changed, ReasonKey.SETTINGS_ALERT_NOTICE_DAYS, before.noticeDays(), settings.noticeDays());
        if (!runAsBefore.equals(Optional.of(runAsUserKey))) {
            changed.add(Reason.of(
                    ReasonKey.SETTINGS_RUN_AS,
                    runAsBefore.<Object>map(key -> key).orElse(Reason.of(ReasonKey.HISTORY_NOBODY)),
                    runAsUserKey));
        }
        if (changed.isEmpty()) {
            return false;
        }
        history.record(SettingsChange.of(change, new Description(changed)), () -> {
            PluginSettings stored = settingsFactory.createGlobalSettings();
            stored.put(CHECK_AT, settings.checkAt().toString());
            stored.put(NOTICE_DAYS, Integer.toString(settings.noticeDays()));
            stored.put(RUN_AS, runAsUserKey);
        });
        return true;
    }

    /** The site-local day whose scheduled check last ran, if one did ("Check now" does not count). */
    public Optional<LocalDate> lastScheduledCheck() {
        Optional<String> stored = text(settingsFactory.createGlobalSettings(), LAST_SCHEDULED_CHECK);
        try {
            return stored.map(LocalDate::parse);
        } catch (RuntimeException e) {
            LOG.warn("The stored day of the last slip check is unreadable ({}); taking it as none.", e.getMessage());
            return Optional.empty();
        }
    }

    /** Records that the scheduled check of the site-local {@code day} ran, so that it does not run again. */
    public void recordScheduledCheck(LocalDate day) {
        settingsFactory.createGlobalSettings().put(LAST_SCHEDULED_CHECK, day.toString());
    }

    private static Optional<String> text(PluginSettings settings, String key) {
        return settings.get(key) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }
}
