package io.github.promisekeeper.core.mail;

import java.util.List;

/**
 * Where the app's mail goes: Jira's mail queue in Jira, an SMTP server in tests and the preview. Not
 * transactional, so it is called only for what is already stored.
 */
public interface MailOut {

    /** Whether mail can be sent at all (in Jira: an outgoing mail server is configured). */
    boolean canSend();

    /** Queues {@code batch}, one message per element, in order; does nothing when {@link #canSend()} is false. */
    void send(List<OutgoingMail> batch);
}
