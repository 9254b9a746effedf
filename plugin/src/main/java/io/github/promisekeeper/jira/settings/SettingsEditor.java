package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.permission.AccessGroups;
import io.github.promisekeeper.jira.search.InvalidJqlException;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.web.InvalidInputException;
import io.github.promisekeeper.jira.web.LocalizedText;

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
                                .orElseThrow(() -> new InvalidInputException(LocalizedText.of(
                                        "promise-keeper.settings.error.basis",
                                        "The basis '" + edit.basis() + "' is not renewal or notice.",
                                        edit.basis()))));
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
                    checkSyntax(query);
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

    /** Refuses a template Jira cannot parse with a key in it, with Jira's own messages (in the viewer's language). */
    private void checkSyntax(EpicChildrenQuery query) {
        String problem = "The epic children query is not JQL that Jira accepts.";
        try {
            jql.checkSyntax(query.forEpic("\"PK-1\""), problem);
        } catch (InvalidJqlException e) {
            String jiraSays = String.join(" ", e.messages());
            throw new InvalidInputException(
                    e.messages().isEmpty()
                            ? LocalizedText.of("promise-keeper.settings.error.epic-children.jql", problem)
                            : LocalizedText.of(
                                    "promise-keeper.settings.error.epic-children.jql.jira",
                                    problem + " " + jiraSays,
                                    jiraSays),
                    e);
        }
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
                throw new InvalidInputException(
                        LocalizedText.of(
                                "promise-keeper.settings.error.rate.number",
                                "The rate of " + rate.getKey() + " is not a number.",
                                rate.getKey()),
                        e);
            }
        }
        return rates;
    }

    private static Set<String> orElse(List<String> given, Set<String> current) {
        return given == null ? current : new HashSet<>(given);
    }
}
