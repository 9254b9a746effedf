package io.github.promisekeeper.core.scorecard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterAndPeriodTest {

    @Test
    void aQuarterRunsFromItsFirstToItsLastDayAndStepsAcrossYears() {
        Quarter q4 = Quarter.of(LocalDate.parse("2026-11-30"));

        assertThat(q4).hasToString("2026-Q4");
        assertThat(q4.firstDay()).isEqualTo("2026-10-01");
        assertThat(q4.lastDay()).isEqualTo("2026-12-31");
        assertThat(q4.next()).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(q4);
        assertThat(Quarter.of(LocalDate.parse("2027-02-28")).lastDay()).isEqualTo("2027-03-31");
        assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultPeriodIsTheFourFullQuartersBeforeTodaysQuarter() {
        assertThat(ScorecardPeriod.lastFullQuarters(LocalDate.parse("2027-02-01")))
                .isEqualTo(new ScorecardPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
        // On a quarter's first day that quarter is not full yet: it is left out.
        assertThat(ScorecardPeriod.lastFullQuarters(LocalDate.parse("2027-04-01")))
                .isEqualTo(new ScorecardPeriod(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31")));
    }

    @Test
    void aPeriodListsEveryQuarterItTouchesEvenInPart() {
        ScorecardPeriod period = new ScorecardPeriod(LocalDate.parse("2026-03-15"), LocalDate.parse("2026-07-01"));

        assertThat(period.quarters()).containsExactly(new Quarter(2026, 1), new Quarter(2026, 2), new Quarter(2026, 3));
        assertThat(period.contains(LocalDate.parse("2026-03-15"))).isTrue();
        assertThat(period.contains(LocalDate.parse("2026-07-01"))).isTrue();
        assertThat(period.contains(LocalDate.parse("2026-07-02"))).isFalse();
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStartsOrIsLongerThanFiveYears() {
        assertThatThrownBy(() -> new ScorecardPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after it ends");
        LocalDate from = LocalDate.parse("2020-01-01");
        assertThat(new ScorecardPeriod(from, from.plusDays(ScorecardPeriod.MAX_DAYS - 1)).to())
                .isEqualTo(from.plusDays(ScorecardPeriod.MAX_DAYS - 1));
        assertThatThrownBy(() -> new ScorecardPeriod(from, from.plusDays(ScorecardPeriod.MAX_DAYS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than");
    }
}
