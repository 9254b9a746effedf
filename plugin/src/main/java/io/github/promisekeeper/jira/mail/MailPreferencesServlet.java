package io.github.promisekeeper.jira.mail;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.core.mail.MailPreferencesStore;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /plugins/servlet/promise-keeper/mail-preferences}: the signed-in user's own mail preferences (immediate
 * mails, weekly digest, HTML or text), linked from their profile. The form saves through
 * {@code PUT /rest/promise-keeper/1.0/preferences}, which checks the user again; nobody can open another user's.
 */
public class MailPreferencesServlet extends HttpServlet {

    static final String TEMPLATE = "templates/mail/preferences-page.vm";

    private final TemplateRenderer templates;
    private final Permissions permissions;
    private final MailPreferencesStore preferences;
    private final MailSettingsStore settings;
    private final I18nResolver i18n;

    @Inject
    public MailPreferencesServlet(
            TemplateRenderer templates,
            Permissions permissions,
            MailPreferencesStore preferences,
            MailSettingsStore settings,
            I18nResolver i18n) {
        this.templates = templates;
        this.permissions = permissions;
        this.preferences = preferences;
        this.settings = settings;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = permissions.viewer();
        if (viewer.isAnonymous()) {
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            return;
        }
        if (!viewer.mayRead()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("promise-keeper.rest.error.denied.read"));
            return;
        }
        MailPreferences current = preferences
                .findByUser(viewer.user().getStringValue())
                .orElseGet(() -> settings.current().defaultPreferences());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        MailPreferencesPageView view = new MailPreferencesPageView(
                i18n.getText("promise-keeper.preferences.title"),
                i18n.getText("promise-keeper.preferences.intro"),
                i18n.getText("promise-keeper.preferences.immediate"),
                i18n.getText("promise-keeper.preferences.digest"),
                i18n.getText("promise-keeper.preferences.format"),
                i18n.getText("promise-keeper.preferences.format.html"),
                i18n.getText("promise-keeper.preferences.format.text"),
                i18n.getText("promise-keeper.preferences.save"),
                current);
        templates.render(TEMPLATE, Map.of("view", view), response.getWriter());
    }
}
