package io.github.promisekeeper.jira.mail.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.promisekeeper.core.mail.DigestLedger;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.util.Date;
import java.util.Objects;

/**
 * {@link DigestLedger} on Active Objects: a claim is a row under a unique key, so of two nodes claiming the same
 * user and week at once the database lets one insert succeed and the other fail.
 */
public final class AoDigestLedger implements DigestLedger {

    private final ActiveObjects ao;
    private final Clock clock;

    public AoDigestLedger(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "active objects");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean claim(String userKey, String week) {
        String claim = claimOf(userKey, week);
        if (claimed(claim)) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(
                    DigestSentEntity.class,
                    new DBParam("CLAIM", claim),
                    new DBParam("USER_KEY", userKey),
                    new DBParam("WEEK", week),
                    new DBParam("CLAIMED_AT", Date.from(clock.instant()))));
            return true;
        } catch (RuntimeException e) {
            // Another node inserted the same claim between the check and the insert: the unique key refused ours.
            if (claimed(claim)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(String userKey, String week) {
        String claim = claimOf(userKey, week);
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(DigestSentEntity.class, "CLAIM = ?", claim);
            return null;
        });
    }

    private boolean claimed(String claim) {
        return ao.executeInTransaction(
                        () -> ao.count(DigestSentEntity.class, Query.select().where("CLAIM = ?", claim)))
                > 0;
    }

    private static String claimOf(String userKey, String week) {
        return week + "|" + Objects.requireNonNull(userKey, "user key");
    }
}
