package io.github.promisekeeper.jira.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** {@link SettingsHistory} in memory, for the REST tests; an entry whose write fails is not kept. */
public final class InMemorySettingsHistory implements SettingsHistory {

    private final List<SettingsChange> entries = new ArrayList<>();

    @Override
    public synchronized void record(SettingsChange entry, Runnable write) {
        Objects.requireNonNull(entry, "entry");
        entries.add(entry);
        try {
            write.run();
        } catch (RuntimeException | Error e) {
            entries.remove(entries.size() - 1);
            throw e;
        }
    }

    @Override
    public synchronized List<SettingsChange> recent(int limit) {
        SettingsHistory.checkLimit(limit);
        List<SettingsChange> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .sorted(Comparator.comparing(
                                (SettingsChange change) -> change.change().at())
                        .reversed())
                .limit(limit)
                .toList();
    }
}
