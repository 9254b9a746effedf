package io.github.promisekeeper.core.commitment;

import io.github.promisekeeper.core.HumanDates;

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
            throw new IllegalArgumentException("A forecast needs at least 1 resolved child, not " + minimumResolved + ".");
        }
    }

    public Forecast forecast(EpicDelivery epic, LocalDate today) {
        if (epic.isDone()) {
            return Forecast.on(epic.doneOn().orElseThrow(), "done on " + HumanDates.format(epic.doneOn().orElseThrow()));
        }
        if (epic.childrenTotal() == 0) {
            return Forecast.none("no forecast: the epic has no child issues yet");
        }
        if (epic.childrenRemaining() == 0) {
            return Forecast.on(today, "all " + epic.childrenTotal() + " children done; the epic is not closed yet");
        }
        int periodDays = recentWeeks * 7;
        LocalDate periodStart = today.minusDays(periodDays);
        long resolvedRecently = epic.childResolutions().stream()
                .filter(date -> date.isAfter(periodStart) && !date.isAfter(today))
                .count();
        String period = "in the last " + recentWeeks + (recentWeeks == 1 ? " week" : " weeks");
        if (resolvedRecently < minimumResolved) {
            return Forecast.none("no forecast: only " + resolvedRecently + " children resolved " + period
                    + " (needs " + minimumResolved + ")");
        }
        // Ceiling of remaining / (resolved per day), in whole days and exact integer arithmetic.
        long days = Math.ceilDiv((long) epic.childrenRemaining() * periodDays, resolvedRecently);
        LocalDate completion = today.plusDays(days);
        return Forecast.on(completion, resolvedRecently + " children resolved " + period + ", "
                + epic.childrenRemaining() + " open: forecast " + HumanDates.format(completion));
    }
}
