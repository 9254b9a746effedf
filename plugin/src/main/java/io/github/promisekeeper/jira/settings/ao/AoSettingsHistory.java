package io.github.promisekeeper.jira.settings.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.customer.Change;
import io.github.promisekeeper.core.customer.ChangeSource;
import io.github.promisekeeper.jira.ao.DescriptionJson;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/** {@link SettingsHistory} on Active Objects; returns history entries, never AO proxies. */
public final class AoSettingsHistory implements SettingsHistory {

    private static final String COLUMNS = "ID, AUTHOR, CHANGED_AT, CHANGE_SOURCE, DESCRIPTION, DESCRIPTION_DATA";

    private final ActiveObjects ao;

    public AoSettingsHistory(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "active objects");
    }

    @Override
    public void record(SettingsChange entry, Runnable write) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(write, "write");
        // The entry first: when it cannot be stored the settings are not touched, and when the write then
        // fails the exception rolls the entry back.
        ao.executeInTransaction(() -> {
            ao.create(
                    SettingsChangeEntity.class,
                    new DBParam("AUTHOR", entry.change().author()),
                    new DBParam("CHANGED_AT", new Date(entry.change().at().toEpochMilli())),
                    new DBParam("CHANGE_SOURCE", entry.change().source().name()),
                    new DBParam("DESCRIPTION", entry.description()),
                    new DBParam("DESCRIPTION_DATA", DescriptionJson.write(entry.details())));
            write.run();
            return null;
        });
    }

    @Override
    public List<SettingsChange> recent(int limit) {
        SettingsHistory.checkLimit(limit);
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(
                        SettingsChangeEntity.class,
                        Query.select(COLUMNS).order("CHANGED_AT DESC, ID DESC").limit(limit)))
                .map(row -> new SettingsChange(
                        new Change(
                                row.getAuthor(),
                                Instant.ofEpochMilli(row.getChangedAt().getTime()),
                                ChangeSource.valueOf(row.getChangeSource()),
                                null),
                        row.getDescription(),
                        DescriptionJson.read(row.getDescriptionData()).orElse(null)))
                .toList());
    }
}
