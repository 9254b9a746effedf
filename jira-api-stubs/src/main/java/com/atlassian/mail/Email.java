package com.atlassian.mail;

/**
 * Stand-in for {@code com.atlassian.mail.Email} from {@code com.atlassian.mail:atlassian-mail} (on the Jira 10.4
 * jira-api classpath as atlassian-mail 7.0.3; Jira 11's version unknown): one mail message with one body and one
 * mime type. Only the members the plugin uses are declared. Older-only evidence: no Jira 10/11 code was found
 * sending mail (see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html">atlassian-mail 1.3.23 javadoc of Email</a>
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html">atlassian-mail 1.9: the setters return Email</a>
 */
public class Email {

    /** A message to {@code to} (one address or a comma-separated list). */
    public Email(String to) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** {@code text/html} or {@code text/plain}: the body's type. */
    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    public Email setEncoding(String encoding) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /** The sender's display name (the address stays the server's default). */
    public Email setFromName(String fromName) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
