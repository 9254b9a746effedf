package io.github.promisekeeper.jira.alert.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A commitment as the last slip check recorded it: one row per commitment (unique key), its delivering epics as
 * text ({@link StateTexts}), and the version the next check writes over.
 */
@Table("SLIP_COMMIT_STATE")
public interface CommitmentStateEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getCommitmentKey();

    void setCommitmentKey(String commitmentKey);

    @NotNull
    @StringLength(20)
    String getCustomerKey();

    void setCustomerKey(String customerKey);

    @NotNull
    @StringLength(20)
    String getHealth();

    void setHealth(String health);

    @NotNull
    @StringLength(10)
    String getPromisedDate();

    void setPromisedDate(String promisedDate);

    @StringLength(StringLength.UNLIMITED)
    String getEpics();

    void setEpics(String epics);

    @NotNull
    @StringLength(10)
    String getRecordedOn();

    void setRecordedOn(String recordedOn);

    @NotNull
    long getStateVersion();

    void setStateVersion(long stateVersion);
}
