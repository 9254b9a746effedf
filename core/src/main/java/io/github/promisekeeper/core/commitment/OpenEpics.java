package io.github.promisekeeper.core.commitment;

/** How many open epics there are in a scope, and how many of them deliver a promise: {@code 0 ≤ delivering ≤ open}. */
public record OpenEpics(long open, long delivering) {

    public OpenEpics {
        if (open < 0 || delivering < 0 || delivering > open) {
            throw new IllegalArgumentException("Open epics " + open + " of which " + delivering
                    + " deliver a promise: needs 0 ≤ delivering ≤ open.");
        }
    }

    /** Whole percent of the open epics that deliver a promise, rounded half up; 0 when there are none. */
    public int percent() {
        return open == 0 ? 0 : (int) ((delivering * 200 + open) / (2 * open));
    }
}
