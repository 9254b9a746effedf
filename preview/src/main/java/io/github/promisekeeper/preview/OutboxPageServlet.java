package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * The Outbox page ({@code /preview/outbox}): every mail the plugin sent to the preview's SMTP server, newest first,
 * as its recipient would see it: the HTML body in a sandboxed frame (no script, no same origin, so a mail can do
 * nothing to the page), and the text body beside it.
 */
final class OutboxPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PreviewMail mail;

    OutboxPageServlet(PreviewMail mail) {
        this.mail = mail;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(PreviewPage.html(
                        "Outbox", ViewingAs.of(request), PreviewTheme.of(request), body(mail.received())));
    }

    static String body(List<PreviewMail.Received> received) {
        if (received.isEmpty()) {
            return "<p class=\"pk-outbox-empty\">No mail sent yet. Slip alerts are mailed after a check raises them;"
                    + " the weekly digest at its day and hour.</p>";
        }
        StringBuilder html = new StringBuilder("<p>")
                .append(received.size())
                .append(" mails received by the preview's SMTP server, newest first.</p>\n");
        for (PreviewMail.Received mail : received) {
            html.append("""
                    <article class="pk-outbox-mail">
                        <h2 class="pk-outbox-subject">%1$s</h2>
                        <p class="pk-outbox-to">To: %2$s</p>
                        <div class="pk-outbox-bodies" style="display: flex; gap: 16px;">
                            <iframe class="pk-outbox-html" title="HTML body" sandbox="" srcdoc="%3$s"
                                    style="flex: 1; height: 360px; border: 1px solid #dfe1e6;"></iframe>
                            <pre class="pk-outbox-text" style="flex: 1; white-space: pre-wrap;">%4$s</pre>
                        </div>
                    </article>
                    """.formatted(
                            Html.escape(mail.subject()),
                            Html.escape(mail.to()),
                            Html.escape(mail.html()),
                            Html.escape(mail.text())));
        }
        return html.toString();
    }
}
