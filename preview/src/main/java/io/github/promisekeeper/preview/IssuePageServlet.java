package io.github.promisekeeper.preview;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.web.Html;
import io.github.promisekeeper.preview.demo.DemoJira;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /jira/browse/KEY}: a plain issue page for a demo ticket, Sales Commitment or epic, with the plugin's web
 * panels of Jira's issue view sidebar ({@value #SIDEBAR}) as Jira renders them: each panel's condition decides
 * whether it shows, its context provider fills its Velocity view for the issue. A panel that needs Jira itself
 * says so instead of taking the page down.
 */
final class IssuePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SIDEBAR = "atl.jira.view.issue.right.context";

    private final transient PreviewApp app;

    IssuePageServlet(PreviewApp app) {
        this.app = app;
    }

    static String url(IssueKey key) {
        return PreviewServer.CONTEXT_PATH + "/browse/" + key;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<DemoJira.DemoIssue> issue;
        try {
            issue = app.demoJira().issue(IssueKey.of(path));
        } catch (IllegalArgumentException e) {
            issue = Optional.empty();
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (issue.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter()
                    .write(PreviewPage.html(
                            "Issue not found",
                            ViewingAs.of(request),
                            PreviewTheme.of(request),
                            "<p>The demo has no issue " + Html.escape(path) + ".</p>"));
            return;
        }
        response.getWriter().write(page(issue.get(), ViewingAs.of(request), PreviewTheme.of(request)));
    }

    private String page(DemoJira.DemoIssue issue, DemoUser viewer, PreviewTheme theme) {
        Map<String, Object> context = Map.of("issue", jiraIssue(issue));
        StringBuilder panels = new StringBuilder();
        for (PluginDescriptor.WebPanel panel : app.descriptor().webPanels()) {
            if (!panel.location().equals(SIDEBAR)) {
                continue;
            }
            try {
                app.renderPanel(panel, context)
                        .ifPresent(html -> panels.append("""
                        <section class="pk-preview-panel" id="panel-%1$s">
                            <h2>%2$s</h2>
                            %3$s
                        </section>
                        """.formatted(
                                Html.escape(panel.key()), Html.escape(app.i18n().getText(panel.labelKey())), html)));
            } catch (RuntimeException e) {
                panels.append("""
                        <section class="pk-preview-panel pk-preview-panel-unavailable" id="panel-%1$s">
                            <div class="aui-message aui-message-warning"><p>%2$s</p></div>
                        </section>
                        """.formatted(
                                Html.escape(panel.key()),
                                Html.escape("Panel " + panel.key() + " cannot run in the preview: "
                                        + PreviewApp.rootMessage(e))));
            }
        }
        String body = """
                <p class="pk-preview-issue-type">%1$s · <a href="%4$s/">Dashboard</a></p>
                <div class="pk-preview-issue">
                    <div class="pk-preview-issue-main"><h2 class="pk-preview-issue-summary">%2$s</h2></div>
                    <aside class="pk-preview-issue-sidebar">%3$s</aside>
                </div>
                """.formatted(
                        Html.escape(issue.type()),
                        Html.escape(issue.summary()),
                        panels,
                        Html.escape(PreviewServer.CONTEXT_PATH));
        return PreviewPage.html(issue.key().toString(), viewer, theme, body);
    }

    /** The issue Jira puts in a web panel's context: key, summary, type and Customer field of the demo issue. */
    private static Issue jiraIssue(DemoJira.DemoIssue issue) {
        IssueType type = (IssueType) Proxy.newProxyInstance(
                IssueType.class.getClassLoader(),
                new Class<?>[] {IssueType.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId", "getName", "toString" -> issue.type();
                    case "hashCode" -> issue.type().hashCode();
                    case "equals" -> proxy == args[0];
                    default ->
                        throw new UnsupportedOperationException(
                                "IssueType." + method.getName() + " is not in the preview.");
                });
        return (Issue) Proxy.newProxyInstance(
                Issue.class.getClassLoader(),
                new Class<?>[] {Issue.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getKey", "toString" -> issue.key().toString();
                    case "getId" -> (long) issue.key().hashCode();
                    case "getSummary" -> issue.summary();
                    case "getIssueType" -> type;
                    case "getCustomFieldValue" ->
                        args[0] instanceof CustomField field
                                        && JiraServices.CUSTOMER_FIELD_ID.equals(field.getIdAsLong())
                                ? issue.customer().map(CustomerKey::value).orElse(null)
                                : null;
                    case "hashCode" -> issue.key().hashCode();
                    case "equals" -> proxy == args[0];
                    default ->
                        throw new UnsupportedOperationException(
                                "Issue." + method.getName() + " needs Jira; the preview does not provide it.");
                });
    }
}
