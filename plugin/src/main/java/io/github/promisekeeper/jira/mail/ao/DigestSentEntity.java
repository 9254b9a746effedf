package io.github.promisekeeper.jira.mail.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** That a user got (is getting) the digest of a week: one row per user and week, enforced by the database. */
@Table("DIGEST_SENT")
public interface DigestSentEntity extends Entity {

    /** "{week}|{user key}", unique: the second claim of the same user and week fails in the database. */
    @NotNull
    @Unique
    @StringLength(300)
    String getClaim();

    void setClaim(String claim);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** The ISO week, "2026-W49". */
    @NotNull
    @StringLength(10)
    String getWeek();

    void setWeek(String week);

    @NotNull
    Date getClaimedAt();

    void setClaimedAt(Date claimedAt);
}
