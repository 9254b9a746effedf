package io.github.promisekeeper.jira.settings.rest;

import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsEdit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON of {@code /settings}, read and written: the radar's default window and basis, the reporting
 * currency and rates into it (decimal strings), the epic-children JQL template, and the groups.
 */
record SettingsView(
        Integer defaultDays,
        String basis,
        String reportingCurrency,
        Map<String, String> rates,
        EpicChildren epicChildren,
        List<String> readerGroups,
        List<String> financeGroups,
        List<String> editorGroups) {

    /** How an epic's children are found: a JQL template with {@code {epic}} for the epic's key, and the epic link field's name. */
    record EpicChildren(String jqlTemplate, String epicField) {}

    /** The change this JSON asks for; fields left out (null) keep their current value. */
    SettingsEdit toEdit() {
        return new SettingsEdit(
                defaultDays,
                basis,
                reportingCurrency,
                rates,
                epicChildren == null
                        ? null
                        : new SettingsEdit.EpicChildren(epicChildren.jqlTemplate(), epicChildren.epicField()),
                readerGroups,
                financeGroups,
                editorGroups);
    }

    static SettingsView from(PromiseKeeperSettings settings, EpicChildrenQuery epicChildren) {
        Map<String, String> rates = new TreeMap<>();
        settings.rates().forEach((currency, rate) -> rates.put(currency, rate.toPlainString()));
        return new SettingsView(
                settings.defaultDays(),
                settings.basis().word(),
                settings.reportingCurrency(),
                rates,
                new EpicChildren(epicChildren.template(), epicChildren.epicFieldName()),
                settings.groups().readerGroups().stream().sorted().toList(),
                settings.groups().financeGroups().stream().sorted().toList(),
                settings.groups().editorGroups().stream().sorted().toList());
    }
}
