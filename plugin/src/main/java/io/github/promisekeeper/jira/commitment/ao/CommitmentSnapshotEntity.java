package io.github.promisekeeper.jira.commitment.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A commitment snapshot row. It names the customer by key, not by row, so it outlives the customer;
 * dates are ISO-8601 strings for the reason given on the customer entity.
 */
@Table("COMMIT_SNAPSHOT")
public interface CommitmentSnapshotEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    @StringLength(20)
    String getCustomerKey();

    void setCustomerKey(String customerKey);

    Long getValueMinor();

    void setValueMinor(Long valueMinor);

    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    @StringLength(10)
    String getRenewalDate();

    void setRenewalDate(String renewalDate);

    @NotNull
    @StringLength(10)
    String getPromisedDate();

    void setPromisedDate(String promisedDate);

    @NotNull
    Date getRecordedAt();

    void setRecordedAt(Date recordedAt);
}
