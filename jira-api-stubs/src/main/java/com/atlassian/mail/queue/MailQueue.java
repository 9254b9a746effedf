package com.atlassian.mail.queue;

/**
 * Stand-in for {@code com.atlassian.mail.queue.MailQueue} from {@code com.atlassian.mail:atlassian-mail}: Jira's
 * outgoing mail queue, which a Jira service sends from every minute. Only the member the plugin uses is declared.
 * Older-only evidence (see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.24/xref/com/atlassian/mail/queue/MailQueue.html">atlassian-mail 1.24 source of MailQueue</a>
 */
public interface MailQueue {

    /** Queues {@code item}; it is sent later, whether or not an SMTP server is configured now. */
    void addItem(MailQueueItem item);
}
