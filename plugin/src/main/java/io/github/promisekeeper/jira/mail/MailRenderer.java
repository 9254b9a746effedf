package io.github.promisekeeper.jira.mail;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.promisekeeper.core.mail.OutgoingMail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/** Renders a {@link MailView} into one recipient's mail: both bodies from the Velocity mail templates. */
public class MailRenderer {

    static final String HTML_TEMPLATE = "templates/mail/mail-html.vm";
    static final String TEXT_TEMPLATE = "templates/mail/mail-text.vm";

    private final TemplateRenderer templates;

    public MailRenderer(TemplateRenderer templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public OutgoingMail render(MailRecipient recipient, String subject, MailView view) {
        return new OutgoingMail(
                recipient.address(),
                recipient.name(),
                MailView.oneLine(subject),
                render(HTML_TEMPLATE, view),
                render(TEXT_TEMPLATE, view),
                recipient.preferences().format());
    }

    private String render(String template, MailView view) {
        StringWriter out = new StringWriter();
        try {
            templates.render(template, Map.of("view", view), out);
        } catch (RenderingException e) {
            throw new IllegalStateException("The mail template " + template + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
