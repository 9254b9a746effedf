package io.github.promisekeeper.core.mail;

/** The body a recipient reads: HTML (the default) or plain text, as each user chooses for themself. */
public enum MailFormat {
    HTML,
    TEXT
}
