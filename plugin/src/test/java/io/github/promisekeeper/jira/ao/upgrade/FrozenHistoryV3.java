package io.github.promisekeeper.jira.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;
import java.util.List;

/**
 * The two history tables exactly as model version 3 shipped them (English {@code DESCRIPTION} only, before
 * {@code DESCRIPTION_DATA}), frozen so that the migration test starts from a real version-3 table. Never edit these.
 */
final class FrozenHistoryV3 {

    static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(CustomerChangeV3.class, SettingsChangeV3.class);

    private FrozenHistoryV3() {}

    @Table("CUSTOMER_CHANGE")
    @Indexes(
            @Index(
                    name = "key_revision",
                    methodNames = {"getCustomerKey", "getRevision"},
                    unique = true))
    interface CustomerChangeV3 extends Entity {
        @NotNull
        @StringLength(20)
        String getCustomerKey();

        void setCustomerKey(String customerKey);

        @NotNull
        long getRevision();

        void setRevision(long revision);

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

        @StringLength(64)
        String getImportBatchId();

        void setImportBatchId(String importBatchId);

        @NotNull
        @StringLength(StringLength.UNLIMITED)
        String getDescription();

        void setDescription(String description);
    }

    @Table("SETTINGS_CHANGE")
    @Indexes(
            @Index(
                    name = "changed_at",
                    methodNames = {"getChangedAt"}))
    interface SettingsChangeV3 extends Entity {
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
    }
}
