package io.github.promisekeeper.core.commitment;

import org.junit.jupiter.api.Test;

import static io.github.promisekeeper.core.commitment.Fixtures.TODAY;
import static io.github.promisekeeper.core.commitment.Fixtures.date;
import static io.github.promisekeeper.core.commitment.Fixtures.openEpic;
import static org.assertj.core.api.Assertions.assertThat;

class ThroughputForecastTest {

    @Test
    void extrapolatesRecentThroughputOverTheOpenChildren() {
        // 6 resolved in the last 6 weeks = 1 a week; 4 open -> 4 weeks from today.
        EpicDelivery epic =
                openEpic(10, null, "2027-01-01", "2027-01-05", "2027-01-10", "2027-01-15", "2027-01-20", "2027-01-25");

        Forecast forecast = ThroughputForecast.DEFAULT.forecast(epic, TODAY);

        assertThat(forecast.completion()).contains(date("2027-03-01"));
        assertThat(forecast.explanation())
                .isEqualTo("6 children resolved in the last 6 weeks, 4 open: forecast 1 Mar 2027");
    }

    @Test
    void roundsAPartialDayUpRatherThanForecastingTooEarly() {
        EpicDelivery epic = openEpic(4, null, "2027-01-20", "2027-01-21", "2027-01-22"); // 3 per 42 days, 1 open

        assertThat(ThroughputForecast.DEFAULT.forecast(epic, TODAY).completion())
                .contains(TODAY.plusDays(14));
    }

    @Test
    void givesNoDateWithTooLittleRecentHistoryAndSaysWhy() {
        EpicDelivery epic = openEpic(10, null, "2026-11-01", "2026-11-02", "2027-01-30"); // only one inside 6 weeks

        Forecast forecast = ThroughputForecast.DEFAULT.forecast(epic, TODAY);

        assertThat(forecast.completion()).isEmpty();
        assertThat(forecast.explanation())
                .isEqualTo("no forecast: only 1 children resolved in the last 6 weeks (needs 3)");
    }

    @Test
    void aShorterRecentPeriodOnlyCountsItsOwnWeeks() {
        EpicDelivery epic = openEpic(10, null, "2027-01-01", "2027-01-05", "2027-01-28", "2027-01-29", "2027-02-01");

        Forecast forecast = new ThroughputForecast(1, 3).forecast(epic, TODAY);

        assertThat(forecast.completion()).contains(TODAY.plusDays(12)); // 3 per 7 days, 5 open -> ceil(35/3)
    }

    @Test
    void epicWithoutChildrenHasNoForecast() {
        assertThat(ThroughputForecast.DEFAULT.forecast(openEpic(0, null), TODAY).explanation())
                .contains("no child issues");
    }
}
