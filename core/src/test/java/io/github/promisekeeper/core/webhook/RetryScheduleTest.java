package io.github.promisekeeper.core.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private final RetrySchedule schedule = RetrySchedule.standard();

    @Test
    void doublesFromOneMinuteAndStopsGrowingAtADay() {
        List<Long> minutes = new ArrayList<>();
        for (int failed = 1; failed <= 14; failed++) {
            minutes.add(schedule.delayAfter(failed).toMinutes());
        }
        assertThat(minutes)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 1440L, 1440L, 1440L);
    }

    @Test
    void failsForGoodOnceTheAttemptAfterADaysWaitFailed() {
        assertThat(schedule.nextAttempt(12, T0)).contains(T0.plus(Duration.ofDays(1)));
        assertThat(schedule.nextAttempt(13, T0)).isEmpty();
        assertThat(schedule.maxAttempts()).isEqualTo(13);
    }

    @Test
    void schedulesTheFirstRetryAMinuteAfterTheFirstFailure() {
        assertThat(schedule.nextAttempt(1, T0)).contains(T0.plusSeconds(60));
    }

    @Test
    void refusesAnAttemptCountBelowOneAndAScheduleShorterThanItsStart() {
        assertThatThrownBy(() -> schedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
