package io.github.promisekeeper.core;

/**
 * A value a core type refuses (a malformed customer key, a contract renewing before it starts, an amount with too
 * many decimals): an {@link IllegalArgumentException}, as before, whose message is its reason in English.
 */
public final class InvalidValueException extends IllegalArgumentException implements Explained {

    private static final long serialVersionUID = 1L;

    /** A reason holds plain values, but is not serialized with the exception: the message carries its English. */
    private final transient Reason why;

    public InvalidValueException(ReasonKey key, Object... arguments) {
        this(Reason.of(key, arguments), null);
    }

    /** Refuses the value for {@code cause}, such as the parser's own exception. */
    public InvalidValueException(Throwable cause, ReasonKey key, Object... arguments) {
        this(Reason.of(key, arguments), cause);
    }

    private InvalidValueException(Reason why, Throwable cause) {
        super(why.english(), cause);
        this.why = why;
    }

    @Override
    public Reason why() {
        return why;
    }
}
