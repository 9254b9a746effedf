package io.github.promisekeeper.core;

/**
 * A refused operation (not a refused value) that says why as a {@link Reason}; its message is that reason in
 * English. Subclasses say what was refused.
 */
public abstract class ExplainedException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    /** Not serialized with the exception: the message carries its English. */
    private final transient Reason why;

    protected ExplainedException(ReasonKey key, Object... arguments) {
        this(Reason.of(key, arguments));
    }

    /** A message with no key of its own; it reads the same in every language. */
    protected ExplainedException(String message) {
        this(Reason.text(message));
    }

    private ExplainedException(Reason why) {
        super(why.english());
        this.why = why;
    }

    @Override
    public Reason why() {
        return why;
    }
}
