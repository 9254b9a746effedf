package io.github.promisekeeper.jira.admin;

import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /plugins/servlet/promise-keeper/admin}: the admin page (customers, import, settings), shown in
 * Jira's admin decorator. The page itself holds no data: its script reads and writes through the REST
 * API, where every permission is checked again. Anonymous visitors are sent to log in; users without
 * the edit right get 403; editors outside a WebSudo (secure administrator) session are sent to confirm
 * their password first, through SAL's WebSudoManager as Jira 11 apps do for their admin pages.
 */
public class AdminPageServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/admin-page.vm";

    private final TemplateRenderer templates;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final JiraServiceAvailability availability;
    private final WebSudoManager webSudo;
    private final MailOut mailOut;

    @Inject
    public AdminPageServlet(
            TemplateRenderer templates,
            Permissions permissions,
            I18nResolver i18n,
            JiraServiceAvailability availability,
            WebSudoManager webSudo,
            MailOut mailOut) {
        this.mailOut = mailOut;
        this.templates = templates;
        this.permissions = permissions;
        this.i18n = i18n;
        this.availability = availability;
        this.webSudo = webSudo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = permissions.viewer();
        if (viewer.isAnonymous()) {
            String here =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        if (!viewer.mayEdit()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("promise-keeper.rest.error.denied.edit"));
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException notInSecureSession) {
            // Jira asks for the password again and comes back here, as for its own admin pages.
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        AdminPageView view = new AdminPageView(
                i18n.getText("promise-keeper.admin.title"),
                i18n.getText("promise-keeper.admin.customers"),
                i18n.getText("promise-keeper.admin.import"),
                i18n.getText("promise-keeper.admin.settings"),
                i18n.getText("promise-keeper.admin.backfill"),
                i18n.getText("promise-keeper.admin.loading"),
                i18n.getText("promise-keeper.admin.unavailable"),
                unavailable());
        templates.render(TEMPLATE, Map.of("view", view), response.getWriter());
    }

    /** The features Jira's missing services switch off, and mail when Jira has no outgoing mail server. */
    private List<String> unavailable() {
        List<String> unavailable = new ArrayList<>(availability.missing().stream()
                .map(missing -> i18n.getText(
                        "promise-keeper.admin.unavailable.item",
                        i18n.getText(missing.featureKey()),
                        missing.type().getSimpleName()))
                .toList());
        if (availability.has(MailQueue.class) && availability.has(MailServerManager.class) && !mailOut.canSend()) {
            unavailable.add(i18n.getText("promise-keeper.admin.unavailable.mail-server"));
        }
        return unavailable;
    }
}
