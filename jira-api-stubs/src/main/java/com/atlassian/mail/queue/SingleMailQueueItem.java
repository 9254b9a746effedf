package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Stand-in for {@code com.atlassian.mail.queue.SingleMailQueueItem} from {@code com.atlassian.mail:atlassian-mail}:
 * a queue item sending one {@link Email}. The real class extends {@code AbstractMailQueueItem}, which implements
 * {@link MailQueueItem}; the stand-in implements it directly. Older-only evidence (see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html">atlassian-mail 1.9: SingleMailQueueItem(Email)</a>
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/AbstractMailQueueItem.html">atlassian-mail 1.3.23 javadoc of AbstractMailQueueItem</a>
 */
public class SingleMailQueueItem implements MailQueueItem {

    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
