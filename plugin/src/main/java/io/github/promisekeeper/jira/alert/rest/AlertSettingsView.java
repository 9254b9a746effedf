package io.github.promisekeeper.jira.alert.rest;

import io.github.promisekeeper.core.alert.AlertSettings;

/**
 * JSON of the slip check's settings: {@code {"checkAt":"06:00","noticeDays":14}}; on reads also whom the check
 * searches as (a user key, absent until recorded) and its next run (ISO date-time, absent when not scheduled).
 */
record AlertSettingsView(String checkAt, Integer noticeDays, String runAs, String nextRun) {

    static AlertSettingsView from(AlertSettings settings, String runAs, String nextRun) {
        return new AlertSettingsView(settings.checkAt().toString(), settings.noticeDays(), runAs, nextRun);
    }
}
