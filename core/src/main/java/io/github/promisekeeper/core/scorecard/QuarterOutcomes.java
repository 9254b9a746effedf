package io.github.promisekeeper.core.scorecard;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The outcomes of the promises due in one quarter of the period (by promised date), a count for every outcome. */
public record QuarterOutcomes(Quarter quarter, Map<Outcome, Integer> counts) {

    public QuarterOutcomes {
        Objects.requireNonNull(quarter, "quarter");
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            all.put(outcome, counts.getOrDefault(outcome, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public int count(Outcome outcome) {
        return counts.get(outcome);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
