package io.github.promisekeeper.core;

/**
 * A refusal that says why as a {@link Reason}, so that a REST answer or a page can write it in the reader's
 * language; its message stays the same reason in English, for logs and for callers that only read messages.
 */
public interface Explained {

    /** Why, as data: a key and its arguments. */
    Reason why();
}
