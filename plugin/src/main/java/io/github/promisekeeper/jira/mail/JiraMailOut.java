package io.github.promisekeeper.jira.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;

import java.util.List;
import java.util.Objects;

/**
 * Sends the app's mail through Jira's own mail system: one {@code Email} per recipient with the body they chose
 * (atlassian-mail carries one body and one type per message; Jira's own notifications do the same), added to Jira's
 * mail queue, which sends it through the SMTP server the administrator configured. Sends nothing when no outgoing
 * server is configured, since the queue would accept the mail and never deliver it. The mail API has only older
 * Jira evidence (see README, "What is known about Jira 11.3"), so it is kept to this one class.
 */
public final class JiraMailOut implements MailOut {

    static final String FROM_NAME = "Promise Keeper";

    private final MailQueue queue;
    private final MailServerManager servers;
    private final JiraServiceAvailability availability;

    public JiraMailOut(MailQueue queue, MailServerManager servers, JiraServiceAvailability availability) {
        this.queue = Objects.requireNonNull(queue, "mail queue");
        this.servers = Objects.requireNonNull(servers, "mail servers");
        this.availability = Objects.requireNonNull(availability, "availability");
    }

    @Override
    public boolean canSend() {
        return availability.has(MailQueue.class)
                && availability.has(MailServerManager.class)
                && servers.getDefaultSMTPMailServer() != null;
    }

    @Override
    public void send(List<OutgoingMail> batch) {
        if (batch.isEmpty() || !canSend()) {
            return;
        }
        for (OutgoingMail mail : batch) {
            Email email = new Email(mail.to())
                    .setSubject(mail.subject())
                    .setBody(mail.chosenBody())
                    .setMimeType(mail.format() == MailFormat.HTML ? "text/html" : "text/plain")
                    .setEncoding("UTF-8")
                    .setFromName(FROM_NAME);
            queue.addItem(new SingleMailQueueItem(email));
        }
    }
}
