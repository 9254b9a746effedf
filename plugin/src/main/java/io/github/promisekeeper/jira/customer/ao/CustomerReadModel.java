package io.github.promisekeeper.jira.customer.ao;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Money;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text of a customer row's derived {@code READ_MODEL} column: the whole customer as a page of
 * customers returns it (key, name, CRM id, tier, owner, contracts in list order, email domains) in one
 * string, so that such a page is one query, one row and one column per customer. The customer's own
 * columns and its {@code CONTRACT} and {@code EMAIL_DOMAIN} rows stay the source of truth; this copy is
 * rewritten in the same statement as the row's columns, in the transaction that rewrites those rows
 * ({@link AoCustomerWrites}). Customers stored before the column existed get it from the upgrade task
 * {@link io.github.promisekeeper.jira.ao.upgrade.DeriveReadModelColumnUpgradeTask}.
 *
 * <p>Format, version 1: the character {@code 1}, the key, the name, the CRM id, the tier and the owner,
 * then one entry per contract and per domain.
 * <pre>
 *   text:     &lt;length&gt; : &lt;characters&gt;          (or - for none, in CRM id, tier and owner)
 *   contract: C &lt;id as text&gt; , &lt;start or empty&gt; , &lt;renewal&gt; , &lt;value in minor units or empty&gt;
 *             , &lt;currency or empty&gt; , &lt;notice days&gt; , &lt;1 auto-renews, 0 not&gt; , &lt;status name&gt; ;
 *   domain:   D &lt;domain as text&gt; ;
 * </pre>
 * Free text is length-prefixed, in UTF-16 units, so it may hold any character; dates are ISO-8601.
 * Example: {@code 14:ACME8:Acme Inc-4:gold-C3:C-1,2025-03-01,2026-03-01,1200050,EUR,30,1,ACTIVE;D8:acme.com;}.
 */
public final class CustomerReadModel {

    private static final char FORMAT_VERSION = '1';
    private static final char NONE = '-';

    private CustomerReadModel() {}

    /** The column's text for this customer; domains sorted, so equal customers give equal text. */
    public static String encode(Customer customer) {
        StringBuilder text = new StringBuilder(64
                + 64 * customer.contracts().size()
                + 24 * customer.emailDomains().size());
        text.append(FORMAT_VERSION);
        appendText(text, customer.key().value());
        appendText(text, customer.name());
        appendTextOrNone(text, customer.crmId());
        appendTextOrNone(text, customer.tier());
        appendTextOrNone(text, customer.owner());
        for (Contract contract : customer.contracts()) {
            text.append('C');
            appendText(text, contract.id());
            text.append(',');
            if (contract.start() != null) {
                text.append(contract.start());
            }
            text.append(',').append(contract.renewal()).append(',');
            contract.value().ifPresent(money -> text.append(money.minorUnits()));
            text.append(',');
            contract.value().ifPresent(money -> text.append(money.currencyCode()));
            text.append(',')
                    .append(contract.noticeDays())
                    .append(',')
                    .append(contract.autoRenew() ? '1' : '0')
                    .append(',')
                    .append(contract.status().name())
                    .append(';');
        }
        for (String domain : new TreeSet<>(customer.emailDomains())) {
            text.append('D');
            appendText(text, domain);
            text.append(';');
        }
        return text.toString();
    }

    /**
     * The customer {@link #encode} wrote.
     *
     * @throws IllegalStateException naming the position, when the text is not in this format or does not
     *                               hold a valid customer
     */
    public static Customer decode(String text) {
        return new Reader(text).read();
    }

    private static void appendText(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value);
    }

    private static void appendTextOrNone(StringBuilder text, String value) {
        if (value == null) {
            text.append(NONE);
        } else {
            appendText(text, value);
        }
    }

    /** Reads the format from left to right; every malformed input ends in an {@link IllegalStateException}. */
    private static final class Reader {

        private final String text;
        /** Where reading goes on. */
        private int at;
        /** Where the field last read starts, for messages about its value. */
        private int fieldStart;
        /** The customer's key once read, for messages. */
        private String key;

        Reader(String text) {
            if (text == null || text.isEmpty() || text.charAt(0) != FORMAT_VERSION) {
                throw new IllegalStateException(
                        "Customer read model does not start with format version " + FORMAT_VERSION + ".");
            }
            this.text = text;
            this.at = 1;
        }

        Customer read() {
            key = text();
            String name = text();
            String crmId = textOrNone();
            String tier = textOrNone();
            String owner = textOrNone();
            List<Contract> contracts = new ArrayList<>(2);
            Set<String> domains = new HashSet<>(4);
            while (at < text.length()) {
                char kind = text.charAt(at++);
                if (kind == 'C') {
                    contracts.add(contract());
                } else if (kind == 'D') {
                    domains.add(text());
                    expect(';');
                } else {
                    at--;
                    throw malformed("an entry (C or D)");
                }
            }
            try {
                return new Customer(CustomerKey.of(key), name, crmId, domains, tier, owner, contracts);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(subject() + " holds an invalid customer: " + e.getMessage(), e);
            }
        }

        private Contract contract() {
            int contractStart = at - 1;
            String id = text();
            expect(',');
            String start = field(',');
            LocalDate startDate = start.isEmpty() ? null : date(start);
            LocalDate renewal = date(field(','));
            String valueMinor = field(',');
            Long minorUnits = valueMinor.isEmpty() ? null : longNumber(valueMinor);
            String currencyCode = field(',');
            Currency currency = minorUnits == null ? null : currency(currencyCode);
            int noticeDays = number(field(','));
            boolean autoRenew = switch (field(',')) {
                case "1" -> true;
                case "0" -> false;
                default -> throw malformedField("1 or 0 for auto-renew");
            };
            String status = field(';');
            try {
                return new Contract(
                        id,
                        startDate,
                        renewal,
                        minorUnits == null ? null : new Money(minorUnits, currency),
                        noticeDays,
                        autoRenew,
                        ContractStatus.valueOf(status));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        subject() + " holds an invalid contract at position " + contractStart + ": " + e.getMessage(),
                        e);
            }
        }

        private String textOrNone() {
            if (at < text.length() && text.charAt(at) == NONE) {
                at++;
                return null;
            }
            return text();
        }

        /** A length-prefixed text. */
        private String text() {
            fieldStart = at;
            int colon = text.indexOf(':', at);
            if (colon < 0) {
                throw malformed("a length and ':'");
            }
            int length = number(text.substring(at, colon));
            int start = colon + 1;
            if (length < 0 || start + length > text.length()) {
                throw malformed(length + " characters");
            }
            at = start + length;
            return text.substring(start, at);
        }

        /** The text up to the next {@code end}, which it passes. */
        private String field(char end) {
            fieldStart = at;
            int next = text.indexOf(end, at);
            if (next < 0) {
                throw malformed("'" + end + "'");
            }
            String field = text.substring(at, next);
            at = next + 1;
            return field;
        }

        private void expect(char expected) {
            if (at >= text.length() || text.charAt(at) != expected) {
                throw malformed("'" + expected + "'");
            }
            at++;
        }

        private int number(String digits) {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw malformedField("a number, not '" + digits + "'");
            }
        }

        private long longNumber(String digits) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw malformedField("a number, not '" + digits + "'");
            }
        }

        private Currency currency(String code) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw malformedField("an ISO 4217 currency, not '" + code + "'");
            }
        }

        private LocalDate date(String iso) {
            // The common yyyy-MM-dd form without a formatter: this column is read for every customer of a page.
            if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
                int year = digits(iso, 0, 4);
                int month = digits(iso, 5, 7);
                int day = digits(iso, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    try {
                        return LocalDate.of(year, month, day);
                    } catch (DateTimeException e) {
                        throw malformedField("a date, not '" + iso + "'");
                    }
                }
            }
            try {
                return LocalDate.parse(iso);
            } catch (DateTimeParseException e) {
                throw malformedField("a date, not '" + iso + "'");
            }
        }

        /** The decimal number in {@code iso[from, to)}, or -1 if a character is not a digit. */
        private static int digits(String iso, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = iso.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private IllegalStateException malformedField(String expected) {
            return new IllegalStateException(
                    subject() + " is malformed at position " + fieldStart + ": expected " + expected + ".");
        }

        private IllegalStateException malformed(String expected) {
            return new IllegalStateException(
                    subject() + " is malformed at position " + at + ": expected " + expected + ".");
        }

        private String subject() {
            return key == null ? "Customer read model" : "Customer read model of " + key;
        }
    }
}
