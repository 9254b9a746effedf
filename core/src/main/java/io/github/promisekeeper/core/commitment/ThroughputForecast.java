package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;

import java.time.LocalDate;

/**
 * Forecasts an open epic's completion from its recent throughput: the children resolved in the last
 * {@code recentWeeks} weeks, extrapolated linearly over the children still open. With fewer than
 * {@code minimumResolved} children resolved in that period it gives no date and says so.
 */
public record ThroughputForecast(int recentWeeks, int minimumResolved) {

    public static final ThroughputForecast DEFAULT = new ThroughputForecast(6, 3);

    public ThroughputForecast {
        if (recentWeeks < 1 || recentWeeks > 52) {
            throw new IllegalArgumentException("The recent period is 1 to 52 weeks, not " + recentWeeks + ".");
        }
        if (minimumResolved < 1) {
            throw new IllegalArgumentException(
                    "A forecast needs at least 1 resolved child, not " + minimumResolved + ".");
        }
    }

    public Forecast forecast(EpicDelivery epic, LocalDate today) {
        if (epic.isDone()) {
            LocalDate doneOn = epic.doneOn().orElseThrow();
            return Forecast.on(doneOn, Reason.of(ReasonKey.FORECAST_DONE, doneOn));
        }
        if (epic.childrenTotal() == 0) {
            return Forecast.none(Reason.of(ReasonKey.FORECAST_NO_CHILDREN));
        }
        if (epic.childrenRemaining() == 0) {
            return Forecast.on(today, Reason.of(ReasonKey.FORECAST_CHILDREN_DONE, epic.childrenTotal()));
        }
        int periodDays = recentWeeks * 7;
        LocalDate periodStart = today.minusDays(periodDays);
        long resolvedRecently = epic.childResolutions().stream()
                .filter(date -> date.isAfter(periodStart) && !date.isAfter(today))
                .count();
        Reason period = Reason.count(recentWeeks, ReasonKey.WEEK, ReasonKey.WEEKS);
        if (resolvedRecently < minimumResolved) {
            return Forecast.none(
                    Reason.of(ReasonKey.FORECAST_TOO_FEW_RESOLVED, resolvedRecently, period, minimumResolved));
        }
        // Ceiling of remaining / (resolved per day), in whole days and exact integer arithmetic.
        long days = Math.ceilDiv((long) epic.childrenRemaining() * periodDays, resolvedRecently);
        LocalDate completion = today.plusDays(days);
        return Forecast.on(
                completion,
                Reason.of(
                        ReasonKey.FORECAST_FROM_THROUGHPUT,
                        resolvedRecently,
                        period,
                        epic.childrenRemaining(),
                        completion));
    }
}
