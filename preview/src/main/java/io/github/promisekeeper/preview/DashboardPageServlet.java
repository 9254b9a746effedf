package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The dashboard page: AUI and jQuery, the AMD loader and shims for what Jira provides, every web resource
 * of the {@code atl.dashboard} context, and each of the plugin's dashboard items with its server-side view,
 * which {@code dashboard.js} hands to the item's AMD module as Jira does.
 */
final class DashboardPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DASHBOARD_CONTEXT = "atl.dashboard";

    private final transient PreviewApp app;

    DashboardPageServlet(PreviewApp app) {
        this.app = app;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals("/") && !path.equals("/dashboard")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page(ViewingAs.of(request), PreviewTheme.of(request)));
    }

    String page(DemoUser viewer, PreviewTheme theme) {
        PluginDescriptor descriptor = app.descriptor();
        String head = PreviewPage.assets(descriptor, DASHBOARD_CONTEXT, theme, "dashboard.js", "viewing-as.js");

        StringBuilder items = new StringBuilder();
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            String view;
            try {
                view = app.renderView(item);
            } catch (RuntimeException e) {
                // An item whose view needs Jira itself shows why instead of taking the page down.
                items.append("""
                        <div class="pk-preview-item pk-preview-item-unavailable" id="dashboard-item-%1$s">
                            <div class="aui-message aui-message-warning"><p>%2$s</p></div>
                        </div>
                        """.formatted(
                                Html.escape(item.key()),
                                Html.escape("Dashboard item " + item.key() + " cannot run in the preview: "
                                        + PreviewApp.rootMessage(e))));
                continue;
            }
            items.append("""
                    <div class="pk-preview-item" id="dashboard-item-%1$s" data-item-key="%1$s" data-amd-module="%2$s"
                         data-view-url="%3$s" data-configurable="%4$s">
                        <div class="pk-preview-item-header">
                            <h2 class="pk-preview-item-title">%5$s</h2>
                            <span class="pk-preview-loading" role="progressbar" aria-label="Loading" hidden><span class="aui-icon aui-icon-wait">Loading</span></span>
                            <button type="button" class="aui-button aui-button-subtle pk-preview-configure">Configure</button>
                        </div>
                        <div class="pk-preview-item-content">%6$s</div>
                    </div>
                    """.formatted(
                            Html.escape(item.key()),
                            Html.escape(item.amdModule()),
                            Html.escape(DashboardItemViewServlet.url(item)),
                            item.configurable(),
                            Html.escape(app.i18n().getText(item.titleKey())),
                            view));
        }

        return """
                <!DOCTYPE html>
                <html lang="en" data-context-path="%1$s"%7$s>
                <head>
                <meta charset="utf-8">
                <title>Dashboard · Promise Keeper preview</title>
                %2$s</head>
                <body class="aui-layout aui-theme-default">
                <div id="page">
                %6$s
                    <main class="pk-preview-main">
                        <h1>Dashboard</h1>
                        <p class="pk-preview-facts">Today: <time class="pk-preview-today" datetime="%3$s">%3$s</time> · Data: %4$s</p>
                        <div class="pk-preview-dashboard">
                %5$s        </div>
                    </main>
                </div>
                </body>
                </html>
                """.formatted(
                        Html.escape(PreviewServer.CONTEXT_PATH),
                        head,
                        Html.escape(app.today().toString()),
                        Html.escape(app.databaseDescription()),
                        items,
                        PreviewPage.header(viewer),
                        theme.htmlAttributes());
    }
}
