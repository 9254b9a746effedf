package io.github.promisekeeper.core.mail;

/**
 * Which users already got the digest of which week, kept in the database under a unique key, so a re-run of the
 * hourly job or two nodes running it at once send each user one digest a week.
 */
public interface DigestLedger {

    /**
     * Records that {@code userKey} gets the digest of {@code week}; false when that was already recorded (by an
     * earlier run or another node), in which case the caller sends nothing.
     */
    boolean claim(String userKey, String week);

    /** Forgets a claim whose mail could not be built, so a later run tries again. */
    void release(String userKey, String week);
}
