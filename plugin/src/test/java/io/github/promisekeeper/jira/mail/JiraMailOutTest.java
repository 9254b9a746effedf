package io.github.promisekeeper.jira.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.OutgoingMail;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * The Jira mail adapter's calls: one {@code Email} per mail with the recipient's chosen body and its type, each
 * added to Jira's queue in its own {@code SingleMailQueueItem}; nothing queued without an outgoing server. Only the
 * calls are checked (the stand-ins do nothing), not what Jira then does.
 */
class JiraMailOutTest {

    private final MailQueue queue = mock(MailQueue.class);
    private final MailServerManager servers = mock(MailServerManager.class);

    @Test
    void queuesOneEmailPerMailWithTheChosenBodyAndItsType() {
        when(servers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
        OutgoingMail html = new OutgoingMail("a@example.com", "A", "Subject A", "<p>A</p>", "A", MailFormat.HTML);
        OutgoingMail text = new OutgoingMail("b@example.com", "B", "Subject B", "<p>B</p>", "B", MailFormat.TEXT);

        try (MockedConstruction<Email> emails =
                        mockConstruction(Email.class, withSettings().defaultAnswer(RETURNS_SELF), (email, context) -> {
                            assertThat(context.arguments()).hasSize(1);
                        });
                MockedConstruction<SingleMailQueueItem> items = mockConstruction(
                        SingleMailQueueItem.class,
                        (item, context) -> assertThat(context.arguments().get(0))
                                .isSameAs(emails.constructed()
                                        .get(emails.constructed().size() - 1)))) {
            new JiraMailOut(queue, servers, JiraServiceAvailability.all()).send(List.of(html, text));

            assertThat(emails.constructed()).hasSize(2);
            Email first = emails.constructed().get(0);
            verify(first).setSubject("Subject A");
            verify(first).setBody("<p>A</p>");
            verify(first).setMimeType("text/html");
            verify(first).setEncoding("UTF-8");
            Email second = emails.constructed().get(1);
            verify(second).setSubject("Subject B");
            verify(second).setBody("B");
            verify(second).setMimeType("text/plain");
            assertThat(items.constructed()).hasSize(2);
            verify(queue).addItem(items.constructed().get(0));
            verify(queue).addItem(items.constructed().get(1));
        }
    }

    @Test
    void queuesNothingWithoutAnOutgoingMailServer() {
        when(servers.getDefaultSMTPMailServer()).thenReturn(null);
        JiraMailOut out = new JiraMailOut(queue, servers, JiraServiceAvailability.all());

        assertThat(out.canSend()).isFalse();
        out.send(List.of(new OutgoingMail("a@example.com", "A", "S", "<p>A</p>", "A", MailFormat.HTML)));

        verifyNoInteractions(queue);
    }

    @Test
    void queuesNothingWhenJiraOffersNoMailQueue() {
        when(servers.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
        JiraMailOut out = new JiraMailOut(queue, servers, JiraServiceAvailability.with(MailServerManager.class));

        assertThat(out.canSend()).isFalse();
        out.send(List.of(new OutgoingMail("a@example.com", "A", "S", "<p>A</p>", "A", MailFormat.HTML)));

        verifyNoInteractions(queue);
    }
}
