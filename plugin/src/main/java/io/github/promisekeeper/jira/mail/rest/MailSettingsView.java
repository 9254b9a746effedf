package io.github.promisekeeper.jira.mail.rest;

import io.github.promisekeeper.core.mail.DigestSchedule;
import io.github.promisekeeper.jira.mail.MailSettings;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The site's mail settings as JSON: {@code {"digestDay":"monday","digestHour":8,"immediateByDefault":true,
 * "digestByDefault":true,"tierGroups":{"gold":["gold-team"]},"mailServerConfigured":true}}. On input every field
 * may be left out (it keeps its value); {@code mailServerConfigured} is ignored.
 */
public record MailSettingsView(
        String digestDay,
        Integer digestHour,
        Boolean immediateByDefault,
        Boolean digestByDefault,
        Map<String, List<String>> tierGroups,
        Boolean mailServerConfigured) {

    static MailSettingsView from(MailSettings settings, boolean mailServerConfigured) {
        Map<String, List<String>> tiers = new LinkedHashMap<>();
        settings.tierGroups().forEach((tier, groups) -> tiers.put(tier, List.copyOf(groups)));
        return new MailSettingsView(
                settings.digest().day().name().toLowerCase(Locale.ROOT),
                settings.digest().hour(),
                settings.immediateByDefault(),
                settings.digestByDefault(),
                tiers,
                mailServerConfigured);
    }

    /**
     * {@code current} with the fields given here. @throws IllegalArgumentException whose message names the first
     * refused field
     */
    MailSettings applyTo(MailSettings current) {
        DayOfWeek day = current.digest().day();
        if (digestDay != null) {
            try {
                day = DayOfWeek.valueOf(digestDay.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("digestDay", e);
            }
        }
        int hour = digestHour == null ? current.digest().hour() : digestHour;
        try {
            DigestSchedule.checkHour(hour);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("digestHour", e);
        }
        Map<String, Set<String>> tiers = new LinkedHashMap<>(current.tierGroups());
        if (tierGroups != null) {
            tiers.clear();
            tierGroups.forEach((tier, groups) -> tiers.put(tier, groups == null ? Set.of() : Set.copyOf(groups)));
        }
        try {
            return new MailSettings(
                    new DigestSchedule(day, hour),
                    immediateByDefault == null ? current.immediateByDefault() : immediateByDefault,
                    digestByDefault == null ? current.digestByDefault() : digestByDefault,
                    tiers);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("tierGroups", e);
        }
    }
}
