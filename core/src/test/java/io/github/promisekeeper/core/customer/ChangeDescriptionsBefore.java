package io.github.promisekeeper.core.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** ChangeDescriptions as it was before descriptions became data, kept to compare their English text with. */
final class ChangeDescriptionsBefore {

    public static final int MAX_LENGTH = 4000;

    /** What to show in place of an amount to a viewer without the money right. */
    public static final String HIDDEN_AMOUNT = "(amount hidden)";

    /** An amount as {@link Money#toString()} writes it: a plain decimal, a space, an ISO 4217 code. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(?:\\.\\d+)? [A-Z]{3}");

    /** What is left of an amount cut off by {@link #MAX_LENGTH}: digits, perhaps part of a code, then the ellipsis. */
    private static final Pattern CUT_AMOUNT = Pattern.compile("-?\\d[\\d.]*(?: [A-Z]{0,3})?…$");

    private ChangeDescriptionsBefore() {}

    public static String created(Customer customer) {
        return limit("created " + customer.key() + " (" + customer.name() + ") with "
                + customer.contracts().size() + " contract(s)");
    }

    public static String deleted(Customer customer) {
        return limit("deleted " + customer.key() + " (" + customer.name() + ") with its "
                + customer.contracts().size() + " contract(s) and "
                + customer.emailDomains().size() + " domain(s)");
    }

    /** What differs between the two, or an empty string when nothing does. */
    public static String between(Customer before, Customer after) {
        List<String> parts = new ArrayList<>();
        field(parts, "key", before.key(), after.key());
        field(parts, "name", before.name(), after.name());
        field(parts, "CRM id", before.crmId(), after.crmId());
        field(parts, "tier", before.tier(), after.tier());
        field(parts, "owner", before.owner(), after.owner());
        if (!before.emailDomains().equals(after.emailDomains())) {
            parts.add("domains " + new TreeSet<>(before.emailDomains()) + " → " + new TreeSet<>(after.emailDomains()));
        }
        Map<String, Contract> old = byId(before.contracts());
        Map<String, Contract> now = byId(after.contracts());
        for (String id : now.keySet()) {
            Contract was = old.get(id);
            if (was == null) {
                parts.add("contract " + id + " added");
            } else if (!was.equals(now.get(id))) {
                parts.add("contract " + id + " changed" + contractDiff(was, now.get(id)));
            }
        }
        old.keySet().stream()
                .filter(id -> !now.containsKey(id))
                .forEach(id -> parts.add("contract " + id + " removed"));
        if (parts.isEmpty() && !before.contracts().equals(after.contracts())) {
            parts.add("contracts reordered");
        }
        return limit(String.join("; ", parts));
    }

    /**
     * The description with every amount replaced by {@link #HIDDEN_AMOUNT}, for viewers without the money
     * right. Amounts enter a description only through {@link Money#toString()}, so every one matches; text
     * that merely looks like an amount (a name such as "Plan 5 USD") is hidden too, which costs nothing.
     */
    public static String withoutAmounts(String description) {
        String hidden = AMOUNT.matcher(description).replaceAll(HIDDEN_AMOUNT);
        return CUT_AMOUNT.matcher(hidden).replaceAll(HIDDEN_AMOUNT + "…");
    }

    private static String contractDiff(Contract was, Contract now) {
        List<String> parts = new ArrayList<>();
        field(parts, "start", was.start(), now.start());
        field(parts, "renewal", was.renewal(), now.renewal());
        field(parts, "value", was.annualValue(), now.annualValue());
        field(parts, "notice days", was.noticeDays(), now.noticeDays());
        field(parts, "auto-renew", was.autoRenew(), now.autoRenew());
        field(parts, "status", was.status(), now.status());
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static void field(List<String> parts, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(label + " " + show(before) + " → " + show(after));
        }
    }

    private static String show(Object value) {
        return value == null ? "(none)" : value.toString();
    }

    private static Map<String, Contract> byId(List<Contract> contracts) {
        return contracts.stream()
                .collect(Collectors.toMap(Contract::id, Function.identity(), (a, b) -> b, TreeMap::new));
    }

    private static String limit(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
