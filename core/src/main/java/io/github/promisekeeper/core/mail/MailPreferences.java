package io.github.promisekeeper.core.mail;

import java.util.Objects;

/**
 * What one user wants to hear from the app: the immediate mail of each slip, the weekly digest, and the body they
 * read (HTML or text).
 */
public record MailPreferences(boolean immediate, boolean digest, MailFormat format) {

    public MailPreferences {
        Objects.requireNonNull(format, "format");
    }

    /** Both mails on, in HTML: what a site starts with until an administrator chooses other defaults. */
    public static MailPreferences allOn() {
        return new MailPreferences(true, true, MailFormat.HTML);
    }
}
