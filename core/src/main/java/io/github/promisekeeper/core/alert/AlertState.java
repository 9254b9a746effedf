package io.github.promisekeeper.core.alert;

/** Whether an alert still stands (open) or its commitment or customer has recovered (resolved). */
public enum AlertState {
    OPEN,
    RESOLVED
}
