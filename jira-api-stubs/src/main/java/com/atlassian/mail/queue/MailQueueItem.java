package com.atlassian.mail.queue;

/**
 * Stand-in for {@code com.atlassian.mail.queue.MailQueueItem} from {@code com.atlassian.mail:atlassian-mail}: a
 * message waiting in Jira's mail queue. Declared without members; the plugin only hands items to the queue.
 * Older-only evidence (see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html">atlassian-mail 1.3.23 javadoc of MailQueueItem</a>
 */
public interface MailQueueItem {}
