package io.github.promisekeeper.jira.alert.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A customer as the last slip check recorded it: one row per customer (unique key), its contracts' statuses as
 * text ({@link StateTexts}), and the version the next check writes over.
 */
@Table("SLIP_CUST_STATE")
public interface CustomerStateEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(20)
    String getCustomerKey();

    void setCustomerKey(String customerKey);

    @StringLength(10)
    String getRenewalDate();

    void setRenewalDate(String renewalDate);

    @StringLength(10)
    String getNoticeDeadline();

    void setNoticeDeadline(String noticeDeadline);

    @StringLength(StringLength.UNLIMITED)
    String getContracts();

    void setContracts(String contracts);

    @StringLength(10)
    String getRadarRisk();

    void setRadarRisk(String radarRisk);

    boolean isNoticeNear();

    void setNoticeNear(boolean noticeNear);

    @NotNull
    @StringLength(10)
    String getRecordedOn();

    void setRecordedOn(String recordedOn);

    @NotNull
    long getStateVersion();

    void setStateVersion(long stateVersion);
}
