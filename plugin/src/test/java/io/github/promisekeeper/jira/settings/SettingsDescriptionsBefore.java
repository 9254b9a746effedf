package io.github.promisekeeper.jira.settings;

import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.jira.epic.EpicChildrenQuery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** SettingsDescriptions as it was before descriptions became data, kept to compare their English text with. */
final class SettingsDescriptionsBefore {

    private SettingsDescriptionsBefore() {}

    /** What differs between the two, or an empty string when nothing does. */
    public static String between(
            PromiseKeeperSettings before,
            EpicChildrenQuery childrenBefore,
            PromiseKeeperSettings after,
            EpicChildrenQuery childrenAfter) {
        List<String> parts = new ArrayList<>();
        field(parts, "radar window (days)", before.defaultDays(), after.defaultDays());
        field(parts, "basis", basis(before.basis()), basis(after.basis()));
        field(parts, "reporting currency", before.reportingCurrency(), after.reportingCurrency());
        rates(parts, before.rates(), after.rates());
        field(parts, "epic children JQL", childrenBefore.template(), childrenAfter.template());
        field(parts, "epic link field", childrenBefore.epicFieldName(), childrenAfter.epicFieldName());
        groups(
                parts,
                "reader groups",
                before.groups().readerGroups(),
                after.groups().readerGroups());
        groups(
                parts,
                "finance groups",
                before.groups().financeGroups(),
                after.groups().financeGroups());
        groups(
                parts,
                "editor groups",
                before.groups().editorGroups(),
                after.groups().editorGroups());
        return String.join("; ", parts);
    }

    private static String basis(WindowBasis basis) {
        return basis.word();
    }

    private static void rates(List<String> parts, Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        Set<String> currencies = new TreeSet<>(before.keySet());
        currencies.addAll(after.keySet());
        for (String currency : currencies) {
            BigDecimal was = before.get(currency);
            BigDecimal now = after.get(currency);
            if (was == null) {
                parts.add("rate " + currency + " added: " + now.toPlainString());
            } else if (now == null) {
                parts.add("rate " + currency + " removed (was " + was.toPlainString() + ")");
            } else if (was.compareTo(now) != 0) {
                parts.add("rate " + currency + " " + was.toPlainString() + " → " + now.toPlainString());
            }
        }
    }

    private static void groups(List<String> parts, String label, Set<String> before, Set<String> after) {
        if (!before.equals(after)) {
            parts.add(label + " " + show(before) + " → " + show(after));
        }
    }

    private static String show(Set<String> groups) {
        return groups.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(groups));
    }

    private static void field(List<String> parts, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(label + " " + before + " → " + after);
        }
    }
}
