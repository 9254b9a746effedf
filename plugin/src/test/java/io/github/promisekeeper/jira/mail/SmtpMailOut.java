package io.github.promisekeeper.jira.mail;

import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.core.mail.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * {@link MailOut} over real SMTP with Jakarta Mail (Angus): each mail as multipart/alternative with both bodies,
 * so a test can read both from the server. The preview has its own copy (preview cannot be a test dependency here).
 */
final class SmtpMailOut implements MailOut {

    private final Session session;
    private final String from;

    SmtpMailOut(String host, int port, String from) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        this.session = Session.getInstance(properties);
        this.from = from;
    }

    @Override
    public boolean canSend() {
        return true;
    }

    @Override
    public void send(List<OutgoingMail> batch) {
        for (OutgoingMail mail : batch) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(from, "Promise Keeper", StandardCharsets.UTF_8.name()));
                message.setRecipient(
                        Message.RecipientType.TO,
                        new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
                message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
                message.setContent(new MimeMultipart("alternative", text, html));
                Transport.send(message);
            } catch (MessagingException | UnsupportedEncodingException e) {
                throw new IllegalStateException("SMTP refused the mail to " + mail.to() + ": " + e.getMessage(), e);
            }
        }
    }
}
