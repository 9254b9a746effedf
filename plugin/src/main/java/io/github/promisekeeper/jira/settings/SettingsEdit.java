package io.github.promisekeeper.jira.settings;

import java.util.List;
import java.util.Map;

/**
 * A requested change of the site's settings, as given: every field may be null, meaning "keep the current
 * value"; values are unchecked text until {@link SettingsEditor} reads them.
 *
 * @param epicChildren the epic-children query's template and epic field, either of which may be null too
 */
public record SettingsEdit(
        Integer defaultDays,
        String basis,
        String reportingCurrency,
        Map<String, String> rates,
        EpicChildren epicChildren,
        List<String> readerGroups,
        List<String> financeGroups,
        List<String> editorGroups) {

    /** How an epic's children are found: a JQL template with {@code {epic}} and the epic link field's name. */
    public record EpicChildren(String jqlTemplate, String epicField) {}
}
