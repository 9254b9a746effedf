package io.github.promisekeeper.core.alert;

/**
 * Another check (on this node or another) stored the same transition first: an alert with the same dedupe key,
 * or a newer version of a state. The store rolled its transaction back; the check reads the states again.
 */
public final class AlertConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlertConflictException(String message) {
        super(message);
    }

    public AlertConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
