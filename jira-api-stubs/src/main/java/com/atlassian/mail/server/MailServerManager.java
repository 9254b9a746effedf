package com.atlassian.mail.server;

/**
 * Stand-in for {@code com.atlassian.mail.server.MailServerManager} from {@code com.atlassian.mail:atlassian-mail}:
 * the mail servers an administrator configured. Only the member the plugin uses is declared. Older-only evidence
 * (see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/server/class-use/SMTPMailServer.html">atlassian-mail 1.9: getDefaultSMTPMailServer()</a>
 */
public interface MailServerManager {

    /** The default outgoing server, or {@code null} when none is configured. */
    SMTPMailServer getDefaultSMTPMailServer();
}
