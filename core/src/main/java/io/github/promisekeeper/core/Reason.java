package io.github.promisekeeper.core;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why something is flagged, as data: a {@link ReasonKey} and its arguments, written as text in a viewer's language
 * only when shown. Arguments are plain values only: text, whole numbers ({@link Integer}, {@link Long}), dates and
 * other reasons; dates and nested reasons are written through the same texts as the reason itself.
 */
public record Reason(ReasonKey key, List<Object> arguments) {

    /** Writes one key with its (already written) arguments as text: the plugin passes SAL's I18nResolver here. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Serializable... arguments);
    }

    /** Core's own English texts, formatted as Jira formats i18n texts. */
    public static final Texts ENGLISH = Reason::english;

    private static final Map<String, String> ENGLISH_TEXTS =
            Arrays.stream(ReasonKey.values()).collect(Collectors.toUnmodifiableMap(ReasonKey::key, ReasonKey::english));
    private static final ReasonKey[] DATES = {
        ReasonKey.DATE_JAN,
        ReasonKey.DATE_FEB,
        ReasonKey.DATE_MAR,
        ReasonKey.DATE_APR,
        ReasonKey.DATE_MAY,
        ReasonKey.DATE_JUN,
        ReasonKey.DATE_JUL,
        ReasonKey.DATE_AUG,
        ReasonKey.DATE_SEP,
        ReasonKey.DATE_OCT,
        ReasonKey.DATE_NOV,
        ReasonKey.DATE_DEC
    };
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ROOT);

    public Reason {
        Objects.requireNonNull(key, "key");
        for (Object argument : arguments) {
            if (!(argument instanceof String
                    || argument instanceof Integer
                    || argument instanceof Long
                    || argument instanceof LocalDate
                    || argument instanceof Reason)) {
                throw new IllegalArgumentException(
                        "A reason's argument is text, a whole number, a date or a reason, not "
                                + (argument == null
                                        ? "null"
                                        : argument.getClass().getSimpleName()) + " (" + key + ").");
            }
        }
        arguments = List.copyOf(arguments);
    }

    public static Reason of(ReasonKey key, Object... arguments) {
        return new Reason(key, Arrays.asList(arguments));
    }

    /** Text that has no key of its own; it reads the same in every language. */
    public static Reason text(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A reason needs a text.");
        }
        return of(ReasonKey.TEXT, text);
    }

    /** A day as people read it ("10 Mar 2027" in English), one key per month so that each language orders its own. */
    public static Reason date(LocalDate date) {
        // Day and year go in as text so that no language's number format groups a year ("2,027").
        return of(DATES[date.getMonthValue() - 1], Integer.toString(date.getDayOfMonth()), YEAR.format(date));
    }

    /** Days from today: "today", "in 1 day", "in 12 days", "1 day ago", "5 days ago" in English. */
    public static Reason days(long days) {
        if (days == 0) {
            return of(ReasonKey.DAYS_TODAY);
        }
        return days > 0
                ? count(days, ReasonKey.DAY_AHEAD, ReasonKey.DAYS_AHEAD)
                : count(-days, ReasonKey.DAY_AGO, ReasonKey.DAYS_AGO);
    }

    /** A count under the key for one or the key for more, with the count as its argument. */
    public static Reason count(long count, ReasonKey one, ReasonKey many) {
        return of(count == 1 ? one : many, count);
    }

    /** The text in the language of {@code texts}, nested reasons and dates included. */
    public String in(Texts texts) {
        return texts.text(key.key(), written(arg -> arg.in(texts)));
    }

    /**
     * This reason with every reason of {@code key} in it, nested ones included, replaced by {@code replacement}:
     * how a history leaves out amounts for a viewer without the money right, by their key rather than their text.
     */
    public Reason replacing(ReasonKey key, Reason replacement) {
        if (this.key == key) {
            return replacement;
        }
        return new Reason(
                this.key,
                arguments.stream()
                        .map(argument ->
                                argument instanceof Reason reason ? reason.replacing(key, replacement) : argument)
                        .toList());
    }

    /** The text in English, as core's tests and logs read it. */
    public String english() {
        return in(ENGLISH);
    }

    private Serializable[] written(Function<Reason, String> write) {
        Serializable[] written = new Serializable[arguments.size()];
        for (int i = 0; i < written.length; i++) {
            Object argument = arguments.get(i);
            written[i] = argument instanceof Reason reason
                    ? write.apply(reason)
                    : argument instanceof LocalDate date ? write.apply(date(date)) : (Serializable) argument;
        }
        return written;
    }

    private static String english(String key, Serializable... arguments) {
        String pattern = ENGLISH_TEXTS.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No English text for " + key + ".");
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
