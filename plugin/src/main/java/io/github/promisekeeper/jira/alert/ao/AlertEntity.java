package io.github.promisekeeper.jira.alert.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A slip alert row with the facts it keeps. The dedupe key is unique: the database, shared by every node, is what
 * stores each transition once. Dates are ISO-8601 strings, as on the other entities, so they compare as text.
 */
@Table("SLIP_ALERT")
public interface AlertEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(450)
    String getDedupeKey();

    void setDedupeKey(String dedupeKey);

    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    @StringLength(20)
    String getCustomerKey();

    void setCustomerKey(String customerKey);

    @Indexed
    @StringLength(255)
    String getCommitmentKey();

    void setCommitmentKey(String commitmentKey);

    @NotNull
    @Indexed
    @StringLength(10)
    String getRaisedOn();

    void setRaisedOn(String raisedOn);

    @NotNull
    @Indexed
    @StringLength(10)
    String getAlertState();

    void setAlertState(String alertState);

    @StringLength(10)
    String getResolvedOn();

    void setResolvedOn(String resolvedOn);

    @StringLength(255)
    String getCustomerName();

    void setCustomerName(String customerName);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String summary);

    @StringLength(255)
    String getEpicKey();

    void setEpicKey(String epicKey);

    @StringLength(20)
    String getHealthBefore();

    void setHealthBefore(String healthBefore);

    @StringLength(20)
    String getHealthAfter();

    void setHealthAfter(String healthAfter);

    @StringLength(10)
    String getDateBefore();

    void setDateBefore(String dateBefore);

    @StringLength(10)
    String getDateAfter();

    void setDateAfter(String dateAfter);

    @StringLength(10)
    String getPromisedDate();

    void setPromisedDate(String promisedDate);

    @StringLength(10)
    String getRenewalDate();

    void setRenewalDate(String renewalDate);

    @StringLength(10)
    String getNoticeDeadline();

    void setNoticeDeadline(String noticeDeadline);

    @StringLength(255)
    String getContractId();

    void setContractId(String contractId);

    @StringLength(10)
    String getRiskLevel();

    void setRiskLevel(String riskLevel);

    int getCommitmentCount();

    void setCommitmentCount(int commitmentCount);
}
