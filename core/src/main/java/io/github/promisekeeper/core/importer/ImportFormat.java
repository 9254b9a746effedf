package io.github.promisekeeper.core.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an import writes dates and amounts. Without a configured date pattern only ISO dates
 * (2027-03-04) are read: a date such as 03/04/2027 is an error, never a guess. Dates are strict (no
 * 31 April, 29 February only in leap years); amounts have no thousands separators.
 */
public record ImportFormat(Optional<String> datePattern, char decimalSeparator) {

    private static final Pattern SLASHED_OR_DOTTED = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");

    public ImportFormat {
        Objects.requireNonNull(datePattern, "date pattern");
        datePattern.ifPresent(ImportFormat::formatter);
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("The decimal separator is '.' or ',', not '" + decimalSeparator + "'.");
        }
    }

    /** ISO dates and '.' decimals. */
    public static ImportFormat iso() {
        return new ImportFormat(Optional.empty(), '.');
    }

    /** Dates written as {@code pattern} (for example dd/MM/yyyy) and decimals with {@code decimalSeparator}. */
    public static ImportFormat of(String pattern, char decimalSeparator) {
        return new ImportFormat(Optional.of(pattern), decimalSeparator);
    }

    /** The date, or an explanation of why {@code text} is not one. */
    Parsed<LocalDate> date(String text) {
        if (datePattern.isPresent()) {
            try {
                return Parsed.ok(LocalDate.parse(text, formatter(datePattern.get())));
            } catch (DateTimeException e) {
                return Parsed.error(ImportMessage.of(
                        "date-pattern",
                        "'" + text + "' is not a date written as " + datePattern.get(),
                        text,
                        datePattern.get()));
            }
        }
        try {
            return Parsed.ok(
                    LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeException e) {
            return Parsed.error(
                    SLASHED_OR_DOTTED.matcher(text).matches()
                            ? ImportMessage.of(
                                    "date-ambiguous",
                                    "'" + text
                                            + "' is ambiguous: configure the date format (for example dd/MM/yyyy or MM/dd/yyyy) or use 2027-03-04",
                                    text)
                            : ImportMessage.of("date", "'" + text + "' is not a date such as 2027-03-04", text));
        }
    }

    /** The plain decimal number in {@code text}, or why it is not one. */
    Parsed<BigDecimal> amount(String text) {
        String digits = Pattern.quote(String.valueOf(decimalSeparator));
        if (!text.matches("\\d+(" + digits + "\\d+)?")) {
            return Parsed.error(ImportMessage.of(
                    "amount",
                    "'" + text + "' is not an amount such as 1200" + decimalSeparator
                            + "50 (no sign, no thousands separators)",
                    text,
                    decimalSeparator));
        }
        return Parsed.ok(new BigDecimal(text.replace(decimalSeparator, '.')));
    }

    private static DateTimeFormatter formatter(String pattern) {
        try {
            // 'yyyy' is year-of-era, which strict resolving rejects without an era: read it as the proleptic year.
            return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Date format '" + pattern + "' is not a valid pattern.", e);
        }
    }

    /** A parsed value or the reason there is none. */
    record Parsed<T>(T value, ImportMessage error) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> error(ImportMessage error) {
            return new Parsed<>(null, error);
        }

        boolean failed() {
            return error != null;
        }
    }
}
