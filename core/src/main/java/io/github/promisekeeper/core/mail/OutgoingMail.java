package io.github.promisekeeper.core.mail;

import java.util.Objects;

/**
 * One message to one recipient, rendered in their language: the subject, both bodies and the body they chose to
 * read. Addresses and subjects are refused when they hold line breaks, so no value can add a mail header.
 *
 * @param to the recipient's address
 * @param toName the recipient's name, for the log and the preview's outbox
 * @param subject one line
 * @param html the HTML body, every value escaped when it was rendered
 * @param text the plain-text body
 * @param format the body the recipient chose; a sender that can send only one body sends this one
 */
public record OutgoingMail(String to, String toName, String subject, String html, String text, MailFormat format) {

    public OutgoingMail {
        if (to == null || to.isBlank() || to.indexOf('@') < 1 || hasLineBreak(to)) {
            throw new IllegalArgumentException("A mail goes to one address, not '" + to + "'.");
        }
        toName = Objects.requireNonNullElse(toName, "");
        if (subject == null || subject.isBlank() || hasLineBreak(subject)) {
            throw new IllegalArgumentException("A mail's subject is one line that is not blank.");
        }
        if (hasLineBreak(toName)) {
            throw new IllegalArgumentException("A recipient's name is one line.");
        }
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }

    /** The body of {@link #format}. */
    public String chosenBody() {
        return format == MailFormat.HTML ? html : text;
    }

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
