package io.github.promisekeeper.jira.customer.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One entry of a customer's history. It names the customer by key, not by row, so it outlives the
 * customer. The unique (customer key, revision) index is the optimistic lock's last line: two writes
 * made from the same revision both try to record the next one, and the database lets only one commit.
 */
@Table("CUSTOMER_CHANGE")
@Indexes(
        @Index(
                name = "key_revision",
                methodNames = {"getCustomerKey", "getRevision"},
                unique = true))
public interface CustomerChangeEntity extends Entity {

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

    /**
     * What changed as data ({@code DescriptionJson}), written in the reader's language when read; null in rows
     * stored before the column existed (they show {@code DESCRIPTION}), which older versions of the app ignore.
     */
    @StringLength(StringLength.UNLIMITED)
    String getDescriptionData();

    void setDescriptionData(String descriptionData);
}
