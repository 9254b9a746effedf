package com.atlassian.mail.server;

/**
 * Stand-in for {@code com.atlassian.mail.server.SMTPMailServer} from {@code com.atlassian.mail:atlassian-mail}: the
 * configured outgoing mail server. Declared without members (the real one extends {@code MailServer}); the plugin
 * only checks that one exists. Older-only evidence (see jira11-evidence.tsv).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.16/apidocs/com/atlassian/mail/server/SMTPMailServer.html">atlassian-mail 1.16 javadoc of SMTPMailServer</a>
 */
public interface SMTPMailServer {}
