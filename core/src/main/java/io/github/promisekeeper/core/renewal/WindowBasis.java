package io.github.promisekeeper.core.renewal;

/** Which date of a renewal a window is counted against. */
public enum WindowBasis {
    /** The renewal date falls inside the window. */
    RENEWAL_DATE,
    /** The notice deadline falls inside the window, or has passed while the renewal is still ahead. */
    NOTICE_DEADLINE
}
