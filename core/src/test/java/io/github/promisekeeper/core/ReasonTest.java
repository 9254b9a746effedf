package io.github.promisekeeper.core;

import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReasonTest {

    /** A language that shows each key with its written arguments, so a test sees what went where. */
    private static final Reason.Texts MARKED = (key, arguments) ->
            "<" + key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining("|", "|", "")) + ">";

    @Test
    void everyKeyIsAReasonKeyOnceWithAnEnglishTextJiraCanFormat() {
        assertThat(ReasonKey.values())
                .extracting(ReasonKey::key)
                .doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).startsWith("promise-keeper.reason."));
        assertThat(ReasonKey.values())
                .allSatisfy(
                        key -> assertThat(new MessageFormat(key.english(), Locale.ENGLISH).getFormatsByArgumentIndex())
                                .isNotNull());
        // Only {n} and {n,number,#}: what every formatter of the plugin's texts (Jira's, the preview's) handles alike.
        assertThat(ReasonKey.values())
                .extracting(ReasonKey::english)
                .allSatisfy(text ->
                        assertThat(text.replaceAll("\\{\\d(,number,#)?}", "")).doesNotContain("{", "}"));
    }

    @Test
    void writesDatesAsPeopleReadThemWithoutGroupingTheYear() {
        assertThat(Reason.date(LocalDate.parse("2027-03-10")).english()).isEqualTo("10 Mar 2027");
        assertThat(Reason.date(LocalDate.parse("2027-09-01")).english()).isEqualTo("1 Sep 2027");
        assertThat(Reason.date(LocalDate.parse("0999-12-31")).english()).isEqualTo("31 Dec 0999");
    }

    @Test
    void writesDaysFromTodayInWords() {
        assertThat(List.of(0L, 1L, 12L, -1L, -5L, 1234L))
                .map(days -> Reason.days(days).english())
                .containsExactly("today", "in 1 day", "in 12 days", "1 day ago", "5 days ago", "in 1234 days");
    }

    @Test
    void writesNumbersWithoutGroupingAndApostrophesOnce() {
        assertThat(Reason.count(1000, ReasonKey.OPEN_TICKET, ReasonKey.OPEN_TICKETS)
                        .english())
                .isEqualTo("1000 open tickets");
        assertThat(Reason.count(1, ReasonKey.OPEN_TICKET, ReasonKey.OPEN_TICKETS)
                        .english())
                .isEqualTo("1 open ticket");
        assertThat(Reason.of(ReasonKey.COMMITMENT_OVERDUE, "SC-1", "Bob's {0}", Reason.text("it's late"))
                        .english())
                .isEqualTo("SC-1 'Bob's {0}' overdue: it's late");
    }

    @Test
    void writesNestedReasonsAndDatesInTheLanguageOfTheOuterOne() {
        Reason reason = Reason.of(
                ReasonKey.OVERDUE,
                Reason.of(ReasonKey.EPIC_LABEL, "SSO-1", "SSO"),
                LocalDate.parse("2027-01-27"),
                Reason.days(-5));

        assertThat(reason.in(MARKED))
                .isEqualTo("<promise-keeper.reason.health.overdue"
                        + "|<promise-keeper.reason.epic.label|SSO-1|SSO>"
                        + "|<promise-keeper.reason.date.1|27|2027>"
                        + "|<promise-keeper.reason.days.ago|5>>");
        assertThat(reason.english()).isEqualTo("SSO-1 'SSO' still open, promised 27 Jan 2027 (5 days ago)");
    }

    @Test
    void passesNumbersAsNumbersSoEachLanguageFormatsItsOwn() {
        Serializable[][] seen = new Serializable[1][];
        Reason.of(ReasonKey.FORECAST_CHILDREN_DONE, 1000).in((key, arguments) -> {
            seen[0] = arguments;
            return key;
        });

        assertThat(seen[0]).containsExactly(1000);
    }

    @Test
    void takesOnlyPlainValuesAsArguments() {
        assertThatThrownBy(() -> Reason.of(ReasonKey.TEXT, new BigDecimal("10.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BigDecimal");
        assertThatThrownBy(() -> Reason.of(ReasonKey.TEXT, (Object) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> Reason.text(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
