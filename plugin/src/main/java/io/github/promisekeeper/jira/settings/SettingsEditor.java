package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.search.JqlSearch;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Changes the site's settings: a field left out keeps its current value, every given value is checked (the
 * epic-children template also by Jira's JQL parser), and a change that changes something is saved together
 * with its history entry (who, when, each field old → new); a change that changes nothing records nothing.
 */
public final class SettingsEditor {

    private final SettingsStore settings;
    private final EpicChildrenSettings epicChildren;
    private final JqlSearch jql;
    private final SettingsHistory history;

    public SettingsEditor(
            SettingsStore settings, EpicChildrenSettings epicChildren, JqlSearch jql, SettingsHistory history) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.epicChildren = Objects.requireNonNull(epicChildren, "epicChildren");
        this.jql = Objects.requireNonNull(jql, "jql");
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * Applies {@code edit}, made by {@code change}'s author, and returns whether anything changed.
     *
     * @throws InvalidSettingException naming the first field whose value is refused; nothing is saved then
     */
    public boolean apply(SettingsEdit edit, Change change) {
        PromiseKeeperSettings current = settings.current();
        int days = checked("defaultDays", () -> {
            int value = Objects.requireNonNullElse(edit.defaultDays(), current.defaultDays());
            PromiseKeeperSettings.checkDefaultDays(value);
            return value;
        });
        WindowBasis basis = edit.basis() == null
                ? current.basis()
                : checked(
                        "basis",
                        () -> WindowBasis.fromWord(edit.basis())
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "The basis '" + edit.basis() + "' is not renewal or notice.")));
        Map<String, BigDecimal> rates =
                edit.rates() == null ? current.rates() : checked("rates", () -> rates(edit.rates()));
        AccessGroups groups = checked(
                "groups",
                () -> new AccessGroups(
                        orElse(edit.readerGroups(), current.groups().readerGroups()),
                        orElse(edit.financeGroups(), current.groups().financeGroups()),
                        orElse(edit.editorGroups(), current.groups().editorGroups())));
        PromiseKeeperSettings next = checked(
                "reportingCurrency",
                () -> new PromiseKeeperSettings(
                        days,
                        basis,
                        Objects.requireNonNullElse(edit.reportingCurrency(), current.reportingCurrency()),
                        rates,
                        groups));
        EpicChildrenQuery childrenBefore = epicChildren.get();
        EpicChildrenQuery children = edit.epicChildren() == null
                ? null
                : checked("epicChildren", () -> {
                    // Like every other field, a part left out keeps its current value.
                    EpicChildrenQuery query = new EpicChildrenQuery(
                            Objects.requireNonNullElse(edit.epicChildren().jqlTemplate(), childrenBefore.template()),
                            Objects.requireNonNullElse(
                                    edit.epicChildren().epicField(), childrenBefore.epicFieldName()));
                    // Refused here rather than failing every radar later: the template must parse with a key in it.
                    jql.checkSyntax(query.forEpic("\"PK-1\""), "The epic children query is not JQL that Jira accepts.");
                    return query;
                });
        Description changed = SettingsDescriptions.changes(
                current, childrenBefore, next, children == null ? childrenBefore : children);
        if (changed.isEmpty()) {
            return false;
        }
        history.record(SettingsChange.of(change, changed), () -> {
            settings.save(next);
            if (children != null) {
                epicChildren.save(children);
            }
        });
        return true;
    }

    private static <T> T checked(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(field, e.getMessage(), e);
        }
    }

    private static Map<String, BigDecimal> rates(Map<String, String> given) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (Map.Entry<String, String> rate : given.entrySet()) {
            try {
                rates.put(rate.getKey(), new BigDecimal(Objects.requireNonNull(rate.getValue(), "rate")));
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("The rate of " + rate.getKey() + " is not a number.", e);
            }
        }
        return rates;
    }

    private static Set<String> orElse(List<String> given, Set<String> current) {
        return given == null ? current : new HashSet<>(given);
    }
}
