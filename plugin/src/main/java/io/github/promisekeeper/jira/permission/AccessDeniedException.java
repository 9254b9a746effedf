package io.github.promisekeeper.jira.permission;

/**
 * The current user may not do what the request asks: answered with 401 when nobody is logged in and
 * 403 otherwise, by the web layer's exception mappers.
 */
public final class AccessDeniedException extends RuntimeException {

    /** The right the request needed. */
    public enum Right {
        READ,
        SEE_MONEY,
        EDIT,
        ADMINISTER
    }

    private final Right right;
    private final boolean anonymous;

    public AccessDeniedException(Right right, boolean anonymous) {
        super("Access denied: the request needs the " + right + " right.");
        this.right = right;
        this.anonymous = anonymous;
    }

    public Right right() {
        return right;
    }

    public boolean anonymous() {
        return anonymous;
    }
}
