package io.github.promisekeeper.jira.mail;

/**
 * One item of a mail, as plain text on one line each: what it says, a link back to Jira with its label, and the
 * money at stake (empty for recipients without the money right). {@link MailView} escapes them for the HTML body.
 */
public record MailLine(String text, String link, String linkLabel, String value) {

    public MailLine {
        text = MailView.oneLine(text);
        link = MailView.oneLine(link);
        linkLabel = MailView.oneLine(linkLabel);
        value = MailView.oneLine(value);
    }
}
