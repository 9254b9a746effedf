package io.github.promisekeeper.jira.webhook.view;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.promisekeeper.jira.permission.AccessDeniedException;
import io.github.promisekeeper.jira.permission.Permissions;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /plugins/servlet/promise-keeper/webhooks}: the webhooks admin screen (endpoints, test, delivery log with
 * redelivery), in Jira's admin decorator. The page holds no data: its script works through {@code /webhooks} of the
 * REST API, which checks every permission again. Anonymous visitors are sent to log in; anyone but a Jira
 * administrator gets 403; administrators outside a WebSudo session confirm their password first, as on the admin
 * page.
 */
public class WebhooksPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/webhooks/webhooks-page.vm";

    private final transient TemplateRenderer templates;
    private final transient Permissions permissions;
    private final transient I18nResolver i18n;
    private final transient WebSudoManager webSudo;

    @Inject
    public WebhooksPageServlet(
            TemplateRenderer templates, Permissions permissions, I18nResolver i18n, WebSudoManager webSudo) {
        this.templates = templates;
        this.permissions = permissions;
        this.i18n = i18n;
        this.webSudo = webSudo;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (permissions.viewer().isAnonymous()) {
            String here =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        try {
            permissions.requireJiraAdministrator();
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("promise-keeper.webhooks.error.denied"));
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException notInSecureSession) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        WebhooksPageView view = new WebhooksPageView(
                i18n.getText("promise-keeper.webhooks.title"),
                i18n.getText("promise-keeper.webhooks.intro"),
                i18n.getText("promise-keeper.webhooks.endpoints"),
                i18n.getText("promise-keeper.webhooks.deliveries"),
                i18n.getText("promise-keeper.admin.loading"));
        templates.render(TEMPLATE, Map.of("view", view), response.getWriter());
    }
}
