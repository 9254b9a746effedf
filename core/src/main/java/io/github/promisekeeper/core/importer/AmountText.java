package io.github.promisekeeper.core.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amounts CRMs export ("$120,000.00", "120.000,00 €", "EUR 48 000") into a plain decimal
 * ("120000.00") for core, or explains why it cannot: an amount is never guessed. "1,500" and "1.500"
 * could be one and a half or fifteen hundred, so they are errors.
 */
final class AmountText {

    private static final Pattern CODE = Pattern.compile("^([A-Za-z]{3})\\s*(.*)$|^(.*?)\\s*([A-Za-z]{3})$");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(S\\d{3})+");

    /** A plain decimal amount and the currency code written beside it, if any. */
    record Amount(String plain, Optional<String> currencyCode) {}

    /** The outcome: an amount or the reason there is none. */
    record Read(Amount amount, ImportMessage error) {
        static Read ok(String plain, Optional<String> code) {
            return new Read(new Amount(plain, code), null);
        }

        static Read error(String key, String text, Object... arguments) {
            return new Read(null, ImportMessage.of(key, text, arguments));
        }
    }

    private AmountText() {}

    static Read read(String text) {
        String rest = text.replaceAll("[\\s\\u00A0\\u202F']", "");
        rest = rest.replaceAll("[$€£¥]", "");
        Optional<String> code = Optional.empty();
        Matcher withCode = CODE.matcher(rest);
        if (withCode.matches()) {
            code = Optional.of(
                    (withCode.group(1) != null ? withCode.group(1) : withCode.group(4)).toUpperCase(Locale.ROOT));
            rest = withCode.group(1) != null ? withCode.group(2) : withCode.group(3);
        }
        if (rest.startsWith("-") || rest.startsWith("(")) {
            return Read.error("amount-negative", "'" + text + "' is negative; an annual value is 0 or more", text);
        }
        if (!rest.matches("[0-9.,]+")
                || !Character.isDigit(rest.charAt(0))
                || !Character.isDigit(rest.charAt(rest.length() - 1))) {
            return Read.error("amount-text", "'" + text + "' is not an amount such as 120000.00 or $120,000.00", text);
        }
        int lastDot = rest.lastIndexOf('.');
        int lastComma = rest.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            String integer = rest.substring(0, rest.lastIndexOf(decimal));
            String fraction = rest.substring(rest.lastIndexOf(decimal) + 1);
            if (fraction.indexOf(thousands) >= 0 || !grouped(integer, thousands)) {
                return Read.error(
                        "amount-mixed",
                        "'" + text + "' mixes separators in a way that is not a thousands grouping",
                        text);
            }
            return Read.ok(integer.replace(String.valueOf(thousands), "") + "." + fraction, code);
        }
        char separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : 0;
        if (separator == 0) {
            return Read.ok(rest, code);
        }
        int count = (int) rest.chars().filter(c -> c == separator).count();
        if (count > 1) {
            return grouped(rest, separator)
                    ? Read.ok(rest.replace(String.valueOf(separator), ""), code)
                    : Read.error(
                            "amount-grouping", "'" + text + "' is not a thousands grouping such as 1,200,000", text);
        }
        int decimals = rest.length() - rest.indexOf(separator) - 1;
        if (decimals == 3) {
            return Read.error(
                    "amount-ambiguous",
                    "'" + text + "' is ambiguous: write it as " + rest.replace(String.valueOf(separator), "")
                            + " or with two decimals",
                    text,
                    rest.replace(String.valueOf(separator), ""));
        }
        return Read.ok(rest.replace(separator, '.'), code);
    }

    private static boolean grouped(String integer, char thousands) {
        return integer.indexOf(thousands) < 0
                ? integer.matches("\\d+")
                : GROUPED.matcher(integer.replace(thousands, 'S')).matches();
    }
}
