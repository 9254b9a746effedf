package io.github.promisekeeper.jira.settings.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** One entry of the settings history: who changed the site's settings, when, through what, and what changed. */
@Table("SETTINGS_CHANGE")
@Indexes(
        @Index(
                name = "changed_at",
                methodNames = {"getChangedAt"}))
public interface SettingsChangeEntity extends Entity {

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    @NotNull
    @StringLength(16)
    String getChangeSource();

    void setChangeSource(String changeSource);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /**
     * What changed as data ({@code DescriptionJson}), written in the reader's language when read; null in rows
     * stored before the column existed (they show {@code DESCRIPTION}), which older versions of the app ignore.
     */
    @StringLength(StringLength.UNLIMITED)
    String getDescriptionData();

    void setDescriptionData(String descriptionData);
}
