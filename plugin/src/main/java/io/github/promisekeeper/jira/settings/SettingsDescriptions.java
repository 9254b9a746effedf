package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Says in one line what a settings change changed, field by field, old → new, for the settings history. */
public final class SettingsDescriptions {

    private SettingsDescriptions() {}

    /** What differs between the two, or an empty string when nothing does. */
    public static String between(
            PromiseKeeperSettings before,
            EpicChildrenQuery childrenBefore,
            PromiseKeeperSettings after,
            EpicChildrenQuery childrenAfter) {
        return changes(before, childrenBefore, after, childrenAfter).english();
    }

    /** What differs between the two, one part per setting; empty when nothing does. */
    public static Description changes(
            PromiseKeeperSettings before,
            EpicChildrenQuery childrenBefore,
            PromiseKeeperSettings after,
            EpicChildrenQuery childrenAfter) {
        List<Reason> parts = new ArrayList<>();
        field(parts, ReasonKey.SETTINGS_RADAR_WINDOW, before.defaultDays(), after.defaultDays());
        field(parts, ReasonKey.SETTINGS_BASIS, basis(before.basis()), basis(after.basis()));
        field(parts, ReasonKey.SETTINGS_REPORTING_CURRENCY, before.reportingCurrency(), after.reportingCurrency());
        rates(parts, before.rates(), after.rates());
        field(parts, ReasonKey.SETTINGS_EPIC_CHILDREN_JQL, childrenBefore.template(), childrenAfter.template());
        field(parts, ReasonKey.SETTINGS_EPIC_LINK_FIELD, childrenBefore.epicFieldName(), childrenAfter.epicFieldName());
        groups(
                parts,
                ReasonKey.SETTINGS_READER_GROUPS,
                before.groups().readerGroups(),
                after.groups().readerGroups());
        groups(
                parts,
                ReasonKey.SETTINGS_FINANCE_GROUPS,
                before.groups().financeGroups(),
                after.groups().financeGroups());
        groups(
                parts,
                ReasonKey.SETTINGS_EDITOR_GROUPS,
                before.groups().editorGroups(),
                after.groups().editorGroups());
        return new Description(parts);
    }

    /** "name old → new" under {@code key} when the two differ, each value as its text. */
    public static void field(List<Reason> parts, ReasonKey key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(Reason.of(key, String.valueOf(before), String.valueOf(after)));
        }
    }

    /** A yes/no setting's value, "true" or "false" in English, in the reader's language. */
    public static Reason yesNo(boolean value) {
        return Reason.of(value ? ReasonKey.HISTORY_TRUE : ReasonKey.HISTORY_FALSE);
    }

    private static String basis(WindowBasis basis) {
        return basis.word();
    }

    private static void rates(List<Reason> parts, Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        Set<String> currencies = new TreeSet<>(before.keySet());
        currencies.addAll(after.keySet());
        for (String currency : currencies) {
            BigDecimal was = before.get(currency);
            BigDecimal now = after.get(currency);
            if (was == null) {
                parts.add(Reason.of(ReasonKey.SETTINGS_RATE_ADDED, currency, now.toPlainString()));
            } else if (now == null) {
                parts.add(Reason.of(ReasonKey.SETTINGS_RATE_REMOVED, currency, was.toPlainString()));
            } else if (was.compareTo(now) != 0) {
                parts.add(
                        Reason.of(ReasonKey.SETTINGS_RATE_CHANGED, currency, was.toPlainString(), now.toPlainString()));
            }
        }
    }

    private static void groups(List<Reason> parts, ReasonKey key, Set<String> before, Set<String> after) {
        if (!before.equals(after)) {
            parts.add(Reason.of(key, show(before), show(after)));
        }
    }

    private static Object show(Set<String> groups) {
        return groups.isEmpty() ? Reason.of(ReasonKey.HISTORY_NONE) : String.join(", ", new TreeSet<>(groups));
    }
}
