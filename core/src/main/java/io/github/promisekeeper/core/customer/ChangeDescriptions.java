package io.github.promisekeeper.core.customer;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says what a write changed, for the customer's history: as data, written in the reader's language when shown, and as
 * the English text stored beside it for every version of the app.
 */
public final class ChangeDescriptions {

    public static final int MAX_LENGTH = 4000;

    /** What to show in place of an amount to a viewer without the money right. */
    public static final String HIDDEN_AMOUNT = "(amount hidden)";

    /** An amount as {@link Money#toString()} writes it: a plain decimal, a space, an ISO 4217 code. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(?:\\.\\d+)? [A-Z]{3}");

    /** What is left of an amount cut off by {@link #MAX_LENGTH}: digits, perhaps part of a code, then the ellipsis. */
    private static final Pattern CUT_AMOUNT = Pattern.compile("-?\\d[\\d.]*(?: [A-Z]{0,3})?…$");

    private ChangeDescriptions() {}

    public static String created(Customer customer) {
        return text(creation(customer));
    }

    public static String deleted(Customer customer) {
        return text(deletion(customer));
    }

    /** What differs between the two, or an empty string when nothing does. */
    public static String between(Customer before, Customer after) {
        return text(changes(before, after));
    }

    /** "created ACME (Acme) with 2 contract(s)", as data. */
    public static Description creation(Customer customer) {
        return Description.of(Reason.of(
                ReasonKey.HISTORY_CREATED,
                customer.key().value(),
                customer.name(),
                customer.contracts().size()));
    }

    /** "deleted ACME (Acme) with its 2 contract(s) and 1 domain(s)", as data. */
    public static Description deletion(Customer customer) {
        return Description.of(Reason.of(
                ReasonKey.HISTORY_DELETED,
                customer.key().value(),
                customer.name(),
                customer.contracts().size(),
                customer.emailDomains().size()));
    }

    /** What differs between the two, one part per field or contract; empty when nothing does. */
    public static Description changes(Customer before, Customer after) {
        List<Reason> parts = new ArrayList<>();
        field(parts, ReasonKey.HISTORY_KEY, before.key(), after.key());
        field(parts, ReasonKey.HISTORY_NAME, before.name(), after.name());
        field(parts, ReasonKey.HISTORY_CRM_ID, before.crmId(), after.crmId());
        field(parts, ReasonKey.HISTORY_TIER, before.tier(), after.tier());
        field(parts, ReasonKey.HISTORY_OWNER, before.owner(), after.owner());
        if (!before.emailDomains().equals(after.emailDomains())) {
            parts.add(Reason.of(
                    ReasonKey.HISTORY_DOMAINS,
                    new TreeSet<>(before.emailDomains()).toString(),
                    new TreeSet<>(after.emailDomains()).toString()));
        }
        Map<String, Contract> old = byId(before.contracts());
        Map<String, Contract> now = byId(after.contracts());
        for (String id : now.keySet()) {
            Contract was = old.get(id);
            if (was == null) {
                parts.add(Reason.of(ReasonKey.HISTORY_CONTRACT_ADDED, id));
            } else if (!was.equals(now.get(id))) {
                parts.add(contractChanged(id, was, now.get(id)));
            }
        }
        old.keySet().stream()
                .filter(id -> !now.containsKey(id))
                .forEach(id -> parts.add(Reason.of(ReasonKey.HISTORY_CONTRACT_REMOVED, id)));
        if (parts.isEmpty() && !before.contracts().equals(after.contracts())) {
            parts.add(Reason.of(ReasonKey.HISTORY_CONTRACTS_REORDERED));
        }
        return new Description(parts);
    }

    /**
     * The English text the history stores for {@code description}, cut to {@link #MAX_LENGTH}: what older versions
     * of the app show, and what is shown when the description itself cannot be kept.
     */
    public static String text(Description description) {
        return limit(description.english());
    }

    /**
     * The description with every amount replaced by {@link #HIDDEN_AMOUNT}, for viewers without the money right:
     * amounts are reasons of their own key, so none is missed and nothing else is touched.
     */
    public static Description withoutAmounts(Description description) {
        return description.replacing(ReasonKey.HISTORY_AMOUNT, Reason.of(ReasonKey.HISTORY_AMOUNT_HIDDEN));
    }

    /**
     * The stored text with every amount replaced by {@link #HIDDEN_AMOUNT}, for viewers without the money right;
     * only for entries without their description as data (stored by an earlier version, or cut). Amounts enter a
     * description only through {@link Money#toString()}, so every one matches; text that merely looks like an
     * amount (a name such as "Plan 5 USD") is hidden too, which costs nothing.
     */
    public static String withoutAmounts(String description) {
        String hidden = AMOUNT.matcher(description).replaceAll(HIDDEN_AMOUNT);
        return CUT_AMOUNT.matcher(hidden).replaceAll(HIDDEN_AMOUNT + "…");
    }

    private static Reason contractChanged(String id, Contract was, Contract now) {
        List<Reason> parts = new ArrayList<>();
        field(parts, ReasonKey.HISTORY_START, was.start(), now.start());
        field(parts, ReasonKey.HISTORY_RENEWAL, was.renewal(), now.renewal());
        if (!Objects.equals(was.annualValue(), now.annualValue())) {
            parts.add(Reason.of(ReasonKey.HISTORY_VALUE, amount(was.annualValue()), amount(now.annualValue())));
        }
        field(parts, ReasonKey.HISTORY_NOTICE_DAYS, was.noticeDays(), now.noticeDays());
        if (was.autoRenew() != now.autoRenew()) {
            parts.add(Reason.of(ReasonKey.HISTORY_AUTO_RENEW, yesNo(was.autoRenew()), yesNo(now.autoRenew())));
        }
        field(parts, ReasonKey.HISTORY_STATUS, was.status(), now.status());
        if (parts.isEmpty()) {
            return Reason.of(ReasonKey.HISTORY_CONTRACT_TOUCHED, id);
        }
        // The fields as one argument: "a, b, c" nests as a, (b, c), at most six deep.
        Reason list = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = Reason.of(ReasonKey.HISTORY_LIST, parts.get(i), list);
        }
        return Reason.of(ReasonKey.HISTORY_CONTRACT_CHANGED, id, list);
    }

    private static void field(List<Reason> parts, ReasonKey key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(Reason.of(key, show(before), show(after)));
        }
    }

    /** A value as the history wrote it: its text, or "(none)" in the reader's language. */
    private static Object show(Object value) {
        return value == null ? Reason.of(ReasonKey.HISTORY_NONE) : value.toString();
    }

    /** An amount as a reason of its own key, so that it can be left out by key; none is "(none)". */
    private static Reason amount(Money value) {
        return value == null
                ? Reason.of(ReasonKey.HISTORY_NONE)
                : Reason.of(ReasonKey.HISTORY_AMOUNT, value.toString());
    }

    private static Reason yesNo(boolean value) {
        return Reason.of(value ? ReasonKey.HISTORY_TRUE : ReasonKey.HISTORY_FALSE);
    }

    private static Map<String, Contract> byId(List<Contract> contracts) {
        return contracts.stream()
                .collect(Collectors.toMap(Contract::id, Function.identity(), (a, b) -> b, TreeMap::new));
    }

    static String limit(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
