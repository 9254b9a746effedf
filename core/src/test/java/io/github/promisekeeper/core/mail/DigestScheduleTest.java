package io.github.promisekeeper.core.mail;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestScheduleTest {

    private static final Instant MONDAY_8_UTC = Instant.parse("2026-12-07T08:30:00Z");
    private final DigestSchedule mondayAt8 = new DigestSchedule(DayOfWeek.MONDAY, 8);

    @Test
    void isDueInTheRecipientsOwnDayAndHour() {
        assertThat(mondayAt8.isDueAt(MONDAY_8_UTC.atZone(ZoneId.of("UTC")))).isTrue();
        // 09:30 in Berlin, 19:30 in Sydney: not their 8 o'clock.
        assertThat(mondayAt8.isDueAt(MONDAY_8_UTC.atZone(ZoneId.of("Europe/Berlin"))))
                .isFalse();
        assertThat(mondayAt8.isDueAt(MONDAY_8_UTC.atZone(ZoneId.of("Australia/Sydney"))))
                .isFalse();
        // Sydney's Monday 8:00 is Sunday 21:00 UTC.
        assertThat(mondayAt8.isDueAt(Instant.parse("2026-12-06T21:00:00Z").atZone(ZoneId.of("Australia/Sydney"))))
                .isTrue();
    }

    @Test
    void namesTheIsoWeekOfTheRecipientsOwnDay() {
        assertThat(DigestSchedule.weekOf(MONDAY_8_UTC.atZone(ZoneId.of("UTC")))).isEqualTo("2026-W50");
        assertThat(DigestSchedule.weekOf(ZonedDateTime.parse("2027-01-01T10:00:00Z[UTC]")))
                .isEqualTo("2026-W53");
    }

    @Test
    void refusesAnHourOutsideTheDay() {
        assertThatThrownBy(() -> new DigestSchedule(DayOfWeek.MONDAY, 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestSchedule(DayOfWeek.MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
