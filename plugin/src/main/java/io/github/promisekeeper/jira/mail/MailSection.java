package io.github.promisekeeper.jira.mail;

import java.util.List;

/** A titled list of a mail's items (the digest has three; the immediate mail one), as plain text. */
public record MailSection(String title, List<MailLine> lines) {

    public MailSection {
        title = MailView.oneLine(title);
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
